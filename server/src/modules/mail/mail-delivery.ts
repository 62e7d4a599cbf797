import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { MailRejectedError, type MailTransport } from '../../integrations/mail';
import { MailMessage, MailStatus } from './mail-message.entity';
import type { MailJobData } from './mail.queue';

/**
 * Delivers one queued message through the transport and records the outcome on its row.
 * A failed attempt is retried by BullMQ with backoff; the last one (or a refusal that retrying
 * cannot fix) marks the message FAILED with a short reason.
 */
export class MailDelivery {
  constructor(
    private readonly db: DataSource,
    private readonly transport: MailTransport,
  ) {}

  async process(job: Job<MailJobData>): Promise<void> {
    const message = await this.db.getRepository(MailMessage).findOneBy({ id: job.data.messageId });
    // Delivered already (the job was handed over again after all) or gone: nothing to do.
    if (!message || (message.status !== MailStatus.PENDING && message.status !== MailStatus.QUEUED)) return;

    try {
      await this.transport.deliver(message);
    } catch (err) {
      const error = err instanceof Error ? err.message : 'Delivery failed.';
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (err instanceof MailRejectedError || lastAttempt) {
        await this.record(message.id, MailStatus.FAILED, error);
        return;
      }
      await this.record(message.id, null, error);
      throw err;
    }
    await this.record(message.id, this.transport.outcome === 'SENT' ? MailStatus.SENT : MailStatus.CAPTURED, null);
  }

  /** Counts the attempt; `status` null keeps the message waiting for the next one. */
  private async record(id: string, status: MailStatus | null, error: string | null): Promise<void> {
    await this.db.query(
      `UPDATE mail_messages
          SET attempts = attempts + 1,
              error = $3,
              status = COALESCE($2::mail_status, status),
              sent_at = CASE WHEN $2::mail_status IN ('SENT', 'CAPTURED') THEN now() END
        WHERE id = $1 AND status IN ('PENDING', 'QUEUED')`,
      [id, status, error],
    );
  }
}
