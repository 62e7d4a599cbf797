import { badInput } from '../../graphql/errors';
import type { Config } from '../../config';
import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { Job } from '../jobs/job.entity';
import type { JobsService } from '../jobs/jobs.service';
import { filterToJson } from '../leads/lead-filter';
import type { Actor } from '../users/users.service';
import type { CampaignInput } from './campaign.types';
import { TEMPLATE_FIELDS, unknownTemplateFields } from './message-template';
import { SmsCampaign } from './sms-campaign.entity';

export const SMS_CAMPAIGN = 'sms.campaign';
export interface CampaignJobPayload {
  campaignId: string;
}

/** Starts a campaign: its record, then the job that writes its recipients and texts them. */
export class SendCampaign {
  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
  ) {}

  async run(actor: Actor, input: CampaignInput): Promise<Job> {
    const unknown = unknownTemplateFields(input.message);
    if (unknown.length) {
      throw badInput('message', `message uses fields Matchday does not know (${unknown.map((f) => `{${f}}`).join(', ')}); use ${TEMPLATE_FIELDS.map((f) => `{${f}}`).join(', ')}.`);
    }
    const max = this.config.smsCampaignRatePerSecond;
    if (input.ratePerSecond && input.ratePerSecond > max) throw badInput('ratePerSecond', `ratePerSecond must be at most ${max} (SMS_CAMPAIGN_RATE).`);

    const repo = this.db.getRepository(SmsCampaign);
    const campaign = await repo.save(
      repo.create({
        name: input.name.trim(),
        body: input.message,
        filter: filterToJson(input.filter ?? {}),
        ratePerSecond: input.ratePerSecond ?? max,
        createdBy: actor.id,
      }),
    );
    const job = await this.jobs.start<CampaignJobPayload>(SMS_CAMPAIGN, { campaignId: campaign.id }, actor);
    await repo.update(campaign.id, { jobId: job.id });
    await this.audit.record({
      action: 'sms.campaign_started',
      actorId: actor.id,
      ip: actor.ip,
      target: { type: 'SmsCampaign', id: campaign.id },
      details: { jobId: job.id, filter: campaign.filter, ratePerSecond: campaign.ratePerSecond },
    });
    return job;
  }
}
