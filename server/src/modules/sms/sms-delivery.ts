import type { DataSource } from 'typeorm';
import { SmsSendError, type SentSms, type SmsSender } from '../../integrations/twilio/sms-sender';
import { updatedRows } from '../../db/query-rows';
import type { Logger } from '../../infra/logger';
import type { LeadsService } from '../leads/leads.service';
import type { SmsOptOuts } from './opt-outs';

/** Twilio's "this person has unsubscribed" (they texted STOP to the sending number). */
const TWILIO_UNSUBSCRIBED = 21610;

export type DeliveryOutcome = 'sent' | 'captured' | 'skipped' | 'failed' | 'retry' | 'gone';

/**
 * Sends one outbox row, at most once. The row is claimed (→ SENDING) in one statement that also
 * checks the opt-out list, so two workers never both send it and an opted-out number is never
 * texted. A crash after the claim leaves it SENDING; the sweeper then marks it FAILED rather than
 * risk a second text.
 */
export class SmsDelivery {
  constructor(
    private readonly db: DataSource,
    private readonly sender: SmsSender,
    private readonly optOuts: SmsOptOuts,
    private readonly leads: LeadsService,
    private readonly log: Logger,
  ) {}

  /** `body` replaces the stored text (a campaign fills its template per recipient as it sends). */
  async deliver(messageId: string, finalAttempt = true, body: string | null = null): Promise<DeliveryOutcome> {
    const claimed = updatedRows<{ to_phone: string; body: string; opted_out: boolean }>(
      await this.db.query(
      `UPDATE sms_messages m SET status = 'SENDING', body = COALESCE($2, m.body), updated_at = now()
       WHERE m.id = $1 AND m.direction = 'OUTBOUND' AND m.status IN ('PENDING', 'QUEUED')
       RETURNING m.to_phone, m.body, EXISTS (SELECT 1 FROM sms_opt_outs o WHERE o.phone = m.to_phone) AS opted_out`,
        [messageId, body],
      ),
    );
    const message = claimed[0];
    if (!message) return 'gone'; // already sent, skipped or failed by someone else

    if (message.opted_out) {
      await this.finish(messageId, 'SKIPPED', { error: 'The number opted out (STOP).' });
      return 'skipped';
    }
    let sent: SentSms;
    try {
      sent = await this.sender.send({ to: message.to_phone, body: message.body });
    } catch (err) {
      return this.failed(messageId, message.to_phone, err, finalAttempt);
    }
    await this.finish(messageId, sent.captured ? 'CAPTURED' : 'SENT', { sid: sent.sid, from: sent.from });
    return sent.captured ? 'captured' : 'sent';
  }

  private async failed(messageId: string, phone: string, err: unknown, finalAttempt: boolean): Promise<DeliveryOutcome> {
    const error = err instanceof SmsSendError ? err : new SmsSendError('Sending failed unexpectedly.', false);
    if (!(err instanceof SmsSendError)) this.log.error({ err, messageId }, 'SMS send failed unexpectedly');
    if (error.code === TWILIO_UNSUBSCRIBED) {
      await this.recordUnsubscribed(phone);
      await this.finish(messageId, 'SKIPPED', { error: 'Twilio reports that the number unsubscribed.' });
      return 'skipped';
    }
    if (error.retryable && !finalAttempt) {
      await this.db.query(`UPDATE sms_messages SET status = 'QUEUED', error = $2, updated_at = now() WHERE id = $1`, [messageId, error.message]);
      return 'retry';
    }
    await this.finish(messageId, 'FAILED', { error: error.message });
    return 'failed';
  }

  private async finish(id: string, status: string, details: { sid?: string | null; from?: string | null; error?: string }): Promise<void> {
    await this.db.query(
      `UPDATE sms_messages SET status = $2::sms_status, provider_sid = $3, from_phone = $4, error = $5, updated_at = now(),
         sent_at = CASE WHEN $2::sms_status IN ('SENT', 'CAPTURED') THEN now() END
       WHERE id = $1`,
      [id, status, details.sid ?? null, details.from ?? null, details.error ?? null],
    );
  }

  private async recordUnsubscribed(phone: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.optOuts.optOut(phone, 'TWILIO_21610', manager);
      await this.leads.setOptedOut(phone, true, manager);
    });
  }
}
