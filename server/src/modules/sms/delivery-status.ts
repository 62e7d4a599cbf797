import type { DataSource } from 'typeorm';
import { updatedRows } from '../../db/query-rows';

// Twilio's callback statuses that change what admins see; queued/sending/accepted are not news.
const STATUS: Record<string, string> = {
  sent: 'SENT',
  delivered: 'DELIVERED',
  undelivered: 'UNDELIVERED',
  failed: 'FAILED',
};

/**
 * A Twilio delivery callback. Callbacks come out of order and are replayed, so a status only moves
 * forward: SENT never overwrites DELIVERED, and a final status (DELIVERED, UNDELIVERED, FAILED)
 * never changes again. Returns whether the message changed.
 */
export class RecordDeliveryStatus {
  constructor(private readonly db: DataSource) {}

  async run(sid: string, twilioStatus: string, errorCode: string | null): Promise<boolean> {
    const status = STATUS[twilioStatus];
    if (!status) return false;
    const rows = updatedRows(
      await this.db.query(
        `UPDATE sms_messages SET
           status = $2::sms_status,
           error = CASE WHEN $3::text IS NOT NULL THEN 'Twilio error ' || $3::text ELSE error END,
           delivered_at = CASE WHEN $2 = 'DELIVERED' THEN now() ELSE delivered_at END,
           updated_at = now()
         WHERE provider_sid = $1
           AND status NOT IN ('DELIVERED', 'UNDELIVERED', 'FAILED')
           AND NOT ($2 = 'SENT' AND status = 'SENT')
         RETURNING id`,
        [sid, status, errorCode],
      ),
    );
    return rows.length > 0;
  }
}
