import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { paginate } from '../../graphql/connection';
import { forbidden, notFound } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { LeadsService } from '../leads/leads.service';
import type { Job } from '../jobs/job.entity';
import type { Actor } from '../users/users.service';
import type { CampaignInput, CampaignStats, SmsCampaignsArgs } from './campaign.types';
import type { SendCampaign } from './send-campaign';
import { SmsCampaign } from './sms-campaign.entity';
import type { HandleInboundSms } from './inbound-sms';
import type { RecordDeliveryStatus } from './delivery-status';
import type { SmsDelivery } from './sms-delivery';
import { SmsDirection, SmsKind, SmsMessage, SmsStatus } from './sms-message.entity';
import type { SmsOutbox } from './sms-outbox';
import type { SmsMessagesArgs, SmsOutboxArgs } from './sms.types';

/** Most texts of one conversation a client can read at once. */
export const MAX_THREAD = 200;

/** Texts: the outbox, conversations and admin replies. The use cases are its parts. */
export class SmsService {
  constructor(
    private readonly db: DataSource,
    private readonly leads: LeadsService,
    private readonly audit: AuditService,
    readonly outbox: SmsOutbox,
    readonly delivery: SmsDelivery,
    readonly inbound: HandleInboundSms,
    readonly deliveryStatus: RecordDeliveryStatus,
    private readonly sendCampaign: SendCampaign,
  ) {}

  startCampaign(actor: Actor, input: CampaignInput): Promise<Job> {
    return this.sendCampaign.run(actor, input);
  }

  campaigns(args: SmsCampaignsArgs) {
    return paginate(this.db.getRepository(SmsCampaign).createQueryBuilder('campaign'), args);
  }

  campaign(id: string): Promise<SmsCampaign | null> {
    return isUUID(id) ? this.db.getRepository(SmsCampaign).findOneBy({ id }) : Promise.resolve(null);
  }

  /** Recipients by status for several campaigns in one query. */
  async campaignStats(campaignIds: readonly string[]): Promise<Map<string, CampaignStats>> {
    const rows: { campaign_id: string; status: SmsStatus; count: number }[] = campaignIds.length
      ? await this.db.query(
          `SELECT campaign_id, status, count(*)::int AS count FROM sms_messages WHERE campaign_id = ANY($1) GROUP BY campaign_id, status`,
          [[...campaignIds]],
        )
      : [];
    const stats = new Map<string, CampaignStats>(
      campaignIds.map((id) => [id, { recipients: 0, pending: 0, sent: 0, delivered: 0, failed: 0, skipped: 0 }]),
    );
    for (const { campaign_id, status, count } of rows) {
      const s = stats.get(campaign_id)!;
      s.recipients += count;
      if (status === SmsStatus.PENDING || status === SmsStatus.SENDING) s.pending += count;
      else if (status === SmsStatus.FAILED || status === SmsStatus.UNDELIVERED) s.failed += count;
      else if (status === SmsStatus.SKIPPED) s.skipped += count;
      else s.sent += count;
      if (status === SmsStatus.DELIVERED) s.delivered += count;
    }
    return stats;
  }

  private get repo() {
    return this.db.getRepository(SmsMessage);
  }

  /** Outbound texts, newest first: with no Twilio settings this is where they are read (status CAPTURED). */
  outboxPage(args: SmsOutboxArgs) {
    const query = this.repo.createQueryBuilder('sms').where('sms.direction = :direction', { direction: SmsDirection.OUTBOUND });
    if (args.to) query.andWhere('sms.toPhone = :to', { to: args.to });
    return paginate(query, args);
  }

  list(args: SmsMessagesArgs) {
    const query = this.repo.createQueryBuilder('sms');
    if (args.direction) query.andWhere('sms.direction = :direction', { direction: args.direction });
    if (args.status) query.andWhere('sms.status = :status', { status: args.status });
    if (args.phone) query.andWhere('(sms.toPhone = :phone OR sms.fromPhone = :phone)', { phone: args.phone });
    if (args.campaignId) query.andWhere('sms.campaignId = :campaignId', { campaignId: args.campaignId });
    return paginate(query, args);
  }

  /** The latest `MAX_THREAD` texts of each lead, oldest first (one query for many leads). */
  async threads(leadIds: readonly string[]): Promise<Map<string, SmsMessage[]>> {
    const rows = leadIds.length
      ? await this.repo
          .createQueryBuilder('sms')
          .where(
            `sms.id IN (SELECT id FROM (
               SELECT id, row_number() OVER (PARTITION BY lead_id ORDER BY created_at DESC, id DESC) AS n
               FROM sms_messages WHERE lead_id = ANY(:ids)) latest WHERE n <= :max)`,
            { ids: [...leadIds], max: MAX_THREAD },
          )
          .orderBy('sms.createdAt', 'ASC')
          .addOrderBy('sms.id', 'ASC')
          .getMany()
      : [];
    const byLead = new Map<string, SmsMessage[]>(leadIds.map((id) => [id, []]));
    for (const row of rows) byLead.get(row.leadId!)?.push(row);
    return byLead;
  }

  /**
   * A text about the fan's own account (e.g. a failed membership payment), written to the outbox in
   * the caller's transaction, so it is sent exactly when the change it reports commits.
   */
  async notice(manager: EntityManager, lead: { id: string; phone: string }, body: string): Promise<SmsMessage> {
    return manager.save(
      manager.create(SmsMessage, { leadId: lead.id, direction: SmsDirection.OUTBOUND, kind: SmsKind.NOTICE, toPhone: lead.phone, body, status: SmsStatus.PENDING }),
    );
  }

  /** An admin's answer in a lead's conversation: into the outbox, sent within a moment. */
  async reply(actor: Actor, leadId: string, body: string): Promise<SmsMessage> {
    const lead = await this.leads.findById(leadId);
    if (!lead) throw notFound('Lead');
    if (!lead.phone) throw forbidden('This lead has no phone number.');
    if (lead.optedOut) throw forbidden('This number opted out (STOP): Matchday cannot text it until it texts START.');
    return this.db.transaction(async (manager) => {
      const message = await manager.save(
        manager.create(SmsMessage, {
          leadId: lead.id,
          direction: SmsDirection.OUTBOUND,
          kind: SmsKind.REPLY,
          toPhone: lead.phone!,
          body,
          status: SmsStatus.PENDING,
          sentBy: actor.id,
        }),
      );
      await this.audit.record({ action: 'sms.reply_queued', actorId: actor.id, ip: actor.ip, target: { type: 'Lead', id: lead.id }, details: { messageId: message.id } }, manager);
      return message;
    });
  }
}
