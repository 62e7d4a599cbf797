import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { IdempotentJob } from '../jobs/idempotent-job';
import { Job } from '../jobs/job.entity';
import { Role } from '../users/user.entity';
import { CampaignInput, CampaignStats, SmsCampaignConnection, SmsCampaignsArgs } from './campaign.types';
import { SmsCampaign } from './sms-campaign.entity';

@Resolver(() => SmsCampaign)
export class SmsCampaignsResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => Job, {
    description: 'Texts every lead of the filter with a phone and SMS consent (opted-out numbers skipped), at most ratePerSecond a second, as a job.',
  })
  @IdempotentJob()
  sendCampaign(@Arg('input', () => CampaignInput) input: CampaignInput, @Ctx() ctx: Context) {
    return ctx.services.sms.startCampaign(ctx.actor, input);
  }

  @Authorized(Role.ADMIN)
  @Query(() => SmsCampaignConnection, { description: 'Campaigns, newest first.' })
  smsCampaigns(@Args() args: SmsCampaignsArgs, @Ctx() { services }: Context) {
    return services.sms.campaigns(args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => SmsCampaign, { nullable: true })
  smsCampaign(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.sms.campaign(id);
  }

  @FieldResolver(() => CampaignStats, { description: 'Recipients by status, live while it sends.' })
  stats(@Root() campaign: SmsCampaign, @Ctx() { loaders }: Context) {
    return loaders.campaignStatsById.load(campaign.id);
  }
}
