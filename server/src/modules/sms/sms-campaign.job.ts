import { setTimeout as sleep } from 'node:timers/promises';
import { JobFailure, type JobHandler, type JobRunContext } from '../jobs/job-handler';
import { filterFromJson } from '../leads/lead-filter';
import { renderTemplate } from './message-template';
import { SmsCampaign } from './sms-campaign.entity';
import { SMS_CAMPAIGN, type CampaignJobPayload } from './send-campaign';

const BATCH = 100;

/**
 * Texts a campaign's audience at its rate. Crash-safe without a second text to anyone:
 *  - the recipients (one row per lead, PENDING, or SKIPPED for opted-out numbers) are written once,
 *    in one transaction, before the first text; a resumed run finds them and never picks again;
 *  - each text is claimed (PENDING -> SENDING) before it is sent; a run that died mid-send leaves
 *    SENDING rows, which the next run marks FAILED instead of sending them again.
 */
export const smsCampaignJob: JobHandler<CampaignJobPayload> = {
  kind: SMS_CAMPAIGN,
  async run(ctx) {
    const { db } = ctx.services.infra;
    const campaign = await db.getRepository(SmsCampaign).findOneBy({ id: ctx.payload.campaignId });
    if (!campaign) throw new JobFailure('The campaign no longer exists.');
    if (!campaign.recipientsWrittenAt) await writeRecipients(ctx, campaign);

    await db.query(
      `UPDATE sms_messages SET status = 'FAILED', updated_at = now(),
         error = 'The campaign stopped while sending this text; it was not sent again so nobody is texted twice.'
       WHERE campaign_id = $1 AND status = 'SENDING'`,
      [campaign.id],
    );

    const pacer = new Pacer(campaign.ratePerSecond);
    let counts = await countByStatus(ctx, campaign.id);
    await ctx.progress(counts.done, counts.total, summary(counts));
    for (;;) {
      await ctx.throwIfCancelled();
      const batch: { id: string; name: string | null; zip: string | null }[] = await db.query(
        `SELECT m.id, l.name, l.zip FROM sms_messages m LEFT JOIN leads l ON l.id = m.lead_id
         WHERE m.campaign_id = $1 AND m.status = 'PENDING' ORDER BY m.id LIMIT $2`,
        [campaign.id, BATCH],
      );
      if (!batch.length) break;
      for (const recipient of batch) {
        await pacer.next();
        await ctx.services.sms.delivery.deliver(recipient.id, true, renderTemplate(campaign.body, recipient));
      }
      counts = await countByStatus(ctx, campaign.id);
      await ctx.progress(counts.done, counts.total, summary(counts));
    }
    return { message: summary(counts) };
  },
};

async function writeRecipients(ctx: JobRunContext<CampaignJobPayload>, campaign: SmsCampaign): Promise<void> {
  const [audienceSql, params] = ctx.services.leads.audienceIdsQuery(filterFromJson(campaign.filter));
  await ctx.services.infra.db.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO sms_messages (lead_id, campaign_id, direction, kind, to_phone, body, status, error)
       SELECT l.id, $${params.length + 1}::uuid, 'OUTBOUND', 'CAMPAIGN', l.phone, $${params.length + 2}::text,
              CASE WHEN l.opted_out THEN 'SKIPPED' ELSE 'PENDING' END::sms_status,
              CASE WHEN l.opted_out THEN 'The number opted out (STOP).' END
       FROM leads l WHERE l.id IN (${audienceSql})
       ON CONFLICT DO NOTHING`,
      [...params, campaign.id, campaign.body],
    );
    await manager.update(SmsCampaign, campaign.id, { recipientsWrittenAt: new Date() });
  });
}

interface Counts {
  total: number;
  done: number;
  sent: number;
  failed: number;
  skipped: number;
}

async function countByStatus(ctx: JobRunContext<CampaignJobPayload>, campaignId: string): Promise<Counts> {
  const rows: { status: string; count: number }[] = await ctx.services.infra.db.query(
    `SELECT status, count(*)::int AS count FROM sms_messages WHERE campaign_id = $1 GROUP BY status`,
    [campaignId],
  );
  const of = (...statuses: string[]) => rows.filter((r) => statuses.includes(r.status)).reduce((sum, r) => sum + r.count, 0);
  const total = of(...rows.map((r) => r.status));
  return { total, done: total - of('PENDING', 'SENDING'), sent: of('SENT', 'DELIVERED', 'UNDELIVERED', 'CAPTURED'), failed: of('FAILED'), skipped: of('SKIPPED') };
}

const summary = (c: Counts) => `${c.sent} sent, ${c.failed} failed, ${c.skipped} skipped (opted out) of ${c.total}`;

/** At most `perSecond` texts a second, evenly spaced. */
class Pacer {
  private nextAt = 0;
  constructor(private readonly perSecond: number) {}

  async next(): Promise<void> {
    const now = Date.now();
    if (this.nextAt > now) await sleep(this.nextAt - now);
    this.nextAt = Math.max(now, this.nextAt) + 1000 / this.perSecond;
  }
}
