import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role } from '../users/user.entity';
import { PlanInput } from './memberships.types';
import { PlanPrice } from './plan-price.entity';
import { Plan } from './plan.entity';

@Resolver(() => Plan)
export class PlansResolver {
  // Public on purpose: anyone may see what a membership costs and gives.
  @Query(() => [Plan], { description: 'The plans on offer (active ones), cheapest first.' })
  plans(@Ctx() { services }: Context) {
    return services.plans.list(false);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [Plan], { description: 'Every plan, archived ones last (admin).' })
  adminPlans(@Ctx() { services }: Context) {
    return services.plans.list(true);
  }

  // Public on purpose: a plan's name, prices and perks are no secret, and members of an archived plan still see it.
  @Query(() => Plan, { nullable: true, description: 'One plan, archived or not; null when not found.' })
  plan(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.plans.findById(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Plan, { description: 'A new plan, on offer at once. With Stripe, its product and prices are created in Stripe (admin).' })
  createPlan(@Arg('input') input: PlanInput, @Ctx() { services, actor }: Context) {
    return services.plans.create(actor, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Plan, {
    description:
      'Replaces the plan\'s details. A changed price is a new price for new members; existing members keep paying theirs. The currency cannot change (admin).',
  })
  updatePlan(@Arg('id', () => ID) id: string, @Arg('input') input: PlanInput, @Ctx() { services, actor }: Context) {
    return services.plans.update(actor, id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Plan, { description: 'Stops offering the plan; its members keep their membership. Archiving twice is harmless (admin).' })
  archivePlan(@Arg('id', () => ID) id: string, @Ctx() { services, actor }: Context) {
    return services.plans.archive(actor, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Plan, { description: 'Offers an archived plan again (admin).' })
  restorePlan(@Arg('id', () => ID) id: string, @Ctx() { services, actor }: Context) {
    return services.plans.restore(actor, id);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => [PlanPrice], { description: 'Every price the plan has had, newest first; active ones are what new members pay (admin).' })
  prices(@Root() plan: Plan, @Ctx() { loaders }: Context) {
    return loaders.planPricesByPlanId.load(plan.id);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => Int, { description: 'Fans with member perks on this plan now (TRIALING, ACTIVE or PAST_DUE) (admin).' })
  memberCount(@Root() plan: Plan, @Ctx() { loaders }: Context) {
    return loaders.planMemberCount.load(plan.id);
  }
}
