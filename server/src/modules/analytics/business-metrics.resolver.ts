import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { IdempotencyKeyArg } from '../idempotency/idempotency-key.arg';
import { IdempotentJob } from '../jobs/idempotent-job';
import { Job } from '../jobs/job.entity';
import { Plan } from '../memberships/plan.entity';
import { Role } from '../users/user.entity';
import { BusinessMetrics, BusinessMetricsArgs, BusinessMetricsExportArgs, PlanMembersFigure } from './business-metrics.types';

@Resolver(() => BusinessMetrics)
export class BusinessMetricsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => BusinessMetrics, { description: 'MRR, members, churn, conversions and revenue for a date range, each with how it is computed (admin).' })
  businessMetrics(@Args() args: BusinessMetricsArgs, @Ctx() { services }: Context) {
    return services.businessMetrics.compute(args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Job, { description: 'Starts a CSV export of one businessMetrics figure. Follow it with jobUpdated; download it from resultUrl when COMPLETED (admin).' })
  @IdempotentJob()
  startBusinessMetricsExport(@Args() args: BusinessMetricsExportArgs, @IdempotencyKeyArg() _idempotencyKey: string | null, @Ctx() { services, actor }: Context) {
    return services.figureExport.start(actor, args);
  }
}

@Resolver(() => PlanMembersFigure)
export class PlanMembersFigureResolver {
  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() figure: PlanMembersFigure, @Ctx() { loaders }: Context) {
    return loaders.planById.load(figure.planId);
  }
}
