import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { updatedRows } from '../../db/query-rows';

/** What the delivery worker receives: just the row id (the row is the truth). */
export interface SmsJobData {
  id: string;
}
export const SMS_JOB_ATTEMPTS = 5;

/**
 * The SMS outbox: rows written PENDING in the transaction that wants a text sent, moved to the
 * BullMQ queue by the relay (job id = message id, so a re-queued row never makes a second job while
 * the first exists), and put back to PENDING by the sweeper when Redis lost them. A Redis outage
 * delays texts; it never loses one.
 */
export class SmsOutbox {
  constructor(private readonly db: DataSource) {}

  /** Moves up to `limit` PENDING rows to the queue; returns how many. Rows go back to PENDING if Redis refuses them. */
  async relay(queue: Queue<SmsJobData>, limit: number): Promise<number> {
    const rows = updatedRows<{ id: string }>(
      await this.db.query(
        `UPDATE sms_messages SET status = 'QUEUED', queued_at = now(), updated_at = now()
         WHERE id IN (
           SELECT id FROM sms_messages WHERE status = 'PENDING' AND campaign_id IS NULL
           ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id`,
        [limit],
      ),
    );
    if (!rows.length) return 0;
    try {
      await queue.addBulk(
        rows.map(({ id }) => ({
          name: 'send',
          data: { id },
          opts: { jobId: id, attempts: SMS_JOB_ATTEMPTS, backoff: { type: 'exponential', delay: 2_000 }, removeOnComplete: true, removeOnFail: 1_000 },
        })),
      );
    } catch (err) {
      await this.db.query(`UPDATE sms_messages SET status = 'PENDING', updated_at = now() WHERE id = ANY($1) AND status = 'QUEUED'`, [rows.map((r) => r.id)]);
      throw err;
    }
    return rows.length;
  }

  /**
   * Rows QUEUED for longer than `afterSeconds` (Redis lost the job) go back to PENDING. Rows left
   * SENDING that long (a worker died mid-send) are marked FAILED: Twilio may have texted already,
   * and a second text is worse than a missing one.
   */
  async sweep(afterSeconds: number): Promise<{ requeued: number; abandoned: number }> {
    const requeued = updatedRows(
      await this.db.query(
        `UPDATE sms_messages SET status = 'PENDING', updated_at = now()
         WHERE status = 'QUEUED' AND campaign_id IS NULL AND updated_at < now() - make_interval(secs => $1) RETURNING id`,
        [afterSeconds],
      ),
    ).length;
    const abandoned = updatedRows(
      await this.db.query(
        `UPDATE sms_messages SET status = 'FAILED', updated_at = now(),
           error = 'The sender stopped while sending this text; it was not retried so nobody is texted twice.'
         WHERE status = 'SENDING' AND campaign_id IS NULL AND updated_at < now() - make_interval(secs => $1) RETURNING id`,
        [afterSeconds],
      ),
    ).length;
    return { requeued, abandoned };
  }
}
