import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role, User } from '../users/user.entity';
import { BillingInterval } from './membership-enums';
import { MembershipPayment } from './membership-payment.entity';
import { Membership } from './membership.entity';
import { MembershipConnection, MembershipsArgs } from './memberships.types';
import { Plan } from './plan.entity';

@Resolver(() => Membership)
export class MembershipsResolver {
  @Authorized()
  @Query(() => Membership, { nullable: true, description: "The caller's membership: the running one, else the one that ended last; null if they never had one." })
  myMembership(@Ctx() { services, viewer }: Context) {
    return services.memberships.currentOf(viewer!.user.id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => MembershipConnection, { description: 'Every membership, newest first, with filters (admin).' })
  memberships(@Args() args: MembershipsArgs, @Ctx() { services }: Context) {
    return services.memberships.list(args);
  }

  @Authorized()
  @Mutation(() => String, {
    description:
      "Where the caller manages their membership (cancel, switch plan, payment method): a Stripe customer portal URL, or in TEST MODE the app route /test-billing-portal. NOT_FOUND when they never had a membership.",
  })
  openBillingPortal(@Ctx() { services, viewer }: Context) {
    return services.billingPortal.run(viewer!);
  }

  @Authorized()
  @Mutation(() => Membership, {
    description: "TEST MODE only (the /test-billing-portal page): the caller's membership ends at the end of its period (cancel: true), or no longer does (false). FORBIDDEN when Stripe is configured.",
  })
  setTestMembershipCancelAtPeriodEnd(@Arg('cancel') cancel: boolean, @Ctx() { services, viewer }: Context) {
    return services.testMemberships.setCancelAtPeriodEnd(viewer!, cancel);
  }

  @Authorized()
  @Mutation(() => Membership, {
    description:
      "TEST MODE only (the /test-billing-portal page): switches the caller's membership to another plan or interval; the new price applies from the next renewal. FORBIDDEN when Stripe is configured.",
  })
  switchTestMembershipPlan(
    @Arg('planId', () => ID) planId: string,
    @Arg('interval', () => BillingInterval) interval: BillingInterval,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.testMemberships.switchPlan(viewer!, planId, interval);
  }

  @FieldResolver(() => Plan)
  plan(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return loaders.planById.load(membership.planId);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => User, { nullable: true, description: 'The member (admin).' })
  user(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return loaders.userById.load(membership.userId);
  }

  @FieldResolver(() => [MembershipPayment], { description: 'What was paid, newest first.' })
  payments(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return loaders.paymentsBySubscriptionId.load(membership.subscriptionId);
  }
}
