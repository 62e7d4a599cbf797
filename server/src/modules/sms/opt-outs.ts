import type { EntityManager } from 'typeorm';
import { emitWebhook, webhookData, WebhookEventType } from '../outgoing-webhooks';

/**
 * Numbers that texted STOP (or were refused by Twilio as unsubscribed). The one source of truth for
 * "never text this number": the sender checks it right before every text.
 */
export class SmsOptOuts {
  async optOut(phone: string, keyword: string, manager: EntityManager): Promise<void> {
    const added: unknown[] = await manager.query(`INSERT INTO sms_opt_outs (phone, keyword) VALUES ($1, $2) ON CONFLICT (phone) DO NOTHING RETURNING phone`, [phone, keyword]);
    if (added.length) await emitWebhook(manager, WebhookEventType.LEAD_OPTED_OUT, webhookData.optOut(phone, keyword));
  }

  async optIn(phone: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM sms_opt_outs WHERE phone = $1`, [phone]);
  }
}
