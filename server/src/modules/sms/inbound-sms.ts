import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config';
import type { AuditService } from '../audit/audit.service';
import type { LeadsService } from '../leads/leads.service';
import type { SmsOptOuts } from './opt-outs';

// Twilio's standard keywords; a message is a keyword when it is only that word.
const STOP = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);
const START = new Set(['START', 'UNSTOP', 'YES']);
const HELP = new Set(['HELP', 'INFO']);

export interface InboundSms {
  sid: string;
  from: string;
  to: string;
  body: string;
}

/** The text to answer with (TwiML), or null for no answer. */
export type InboundReply = string | null;

/**
 * A text from a fan: stored on the lead's conversation (once per Twilio SID, so a replayed
 * webhook changes nothing), and STOP / START / HELP acted on.
 */
export class HandleInboundSms {
  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
    private readonly leads: LeadsService,
    private readonly optOuts: SmsOptOuts,
    private readonly audit: AuditService,
  ) {}

  run(sms: InboundSms): Promise<InboundReply> {
    const keyword = sms.body.trim().replace(/[.!]+$/, '').toUpperCase();
    return this.db.transaction(async (manager) => {
      const lead = await this.leads.findByPhone(sms.from, manager);
      const stored: { id: string }[] = await manager.query(
        `INSERT INTO sms_messages (lead_id, direction, kind, to_phone, from_phone, body, status, provider_sid)
         VALUES ($1, 'INBOUND', 'INBOUND', $2, $3, $4, 'RECEIVED', $5)
         ON CONFLICT (provider_sid) DO NOTHING RETURNING id`,
        [lead?.id ?? null, sms.to, sms.from, sms.body, sms.sid],
      );
      if (!stored.length) return null; // a replay of a text already handled

      if (STOP.has(keyword) || START.has(keyword)) {
        const optingOut = STOP.has(keyword);
        if (optingOut) await this.optOuts.optOut(sms.from, keyword, manager);
        else await this.optOuts.optIn(sms.from, manager);
        await this.leads.setOptedOut(sms.from, optingOut, manager);
        await this.audit.record(
          { action: optingOut ? 'sms.opted_out' : 'sms.opted_in', target: lead ? { type: 'Lead', id: lead.id } : undefined, details: { keyword } },
          manager,
        );
        // Twilio itself confirms STOP and START to the fan.
        return null;
      }
      if (HELP.has(keyword)) {
        await this.recordAutoReply(manager, lead?.id ?? null, sms);
        return this.config.smsHelpText;
      }
      return null;
    });
  }

  private async recordAutoReply(manager: EntityManager, leadId: string | null, sms: InboundSms): Promise<void> {
    // Sent by Twilio from the TwiML answer; kept so the conversation reads as the fan saw it
    // (a millisecond after the question, which shares this transaction's now()).
    await manager.query(
      `INSERT INTO sms_messages (lead_id, direction, kind, to_phone, from_phone, body, status, sent_at, created_at)
       VALUES ($1, 'OUTBOUND', 'AUTO_REPLY', $2, $3, $4, 'SENT', now(), now() + interval '1 millisecond')`,
      [leadId, sms.from, sms.to, this.config.smsHelpText],
    );
  }
}
