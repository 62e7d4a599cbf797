import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { TestCheckoutOutcome } from '../orders/orders.types';
import { Role } from '../users/user.entity';
import { BillingInterval } from './membership-enums';
import { MembershipCheckout, MembershipCheckoutStatus } from './membership-checkout.entity';
import { Plan } from './plan.entity';

@Resolver(() => MembershipCheckout)
export class MembershipCheckoutResolver {
  @Authorized()
  @Mutation(() => MembershipCheckout, {
    description:
      'Starts buying a membership: returns where to pay (paymentUrl). A free trial applies to first-time members. CONFLICT when the caller is already a member ' +
      '(use openBillingPortal to switch plan) or the plan is archived. Clicking again returns the same open checkout.',
  })
  startMembershipCheckout(
    @Arg('planId', () => ID) planId: string,
    @Arg('interval', () => BillingInterval) interval: BillingInterval,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.startMembershipCheckout.run(viewer!, planId, interval);
  }

  @Authorized()
  @Query(() => MembershipCheckout, { nullable: true, description: 'One membership checkout (what the TEST MODE page shows): its fan or an admin; null for anyone else.' })
  async membershipCheckout(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context) {
    const checkout = await services.memberships.findCheckout(id);
    return checkout && (checkout.userId === viewer!.user.id || viewer!.user.role === Role.ADMIN) ? checkout : null;
  }

  @Authorized()
  @Mutation(() => MembershipCheckout, {
    description:
      'TEST MODE only (the /test-checkout/membership/<id> page): pays (COMPLETED: the membership starts, with its trial if any; no money moves) or gives up (ABANDONED), ' +
      'through the same code as Stripe\'s webhooks. Doing it again changes nothing. FORBIDDEN when Stripe is configured. The fan or an admin.',
  })
  completeTestMembershipCheckout(
    @Arg('checkoutId', () => ID) checkoutId: string,
    @Arg('outcome', () => TestCheckoutOutcome) outcome: TestCheckoutOutcome,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.testMemberships.completeCheckout(viewer!, checkoutId, outcome);
  }

  @FieldResolver(() => Plan)
  plan(@Root() checkout: MembershipCheckout, @Ctx() { loaders }: Context) {
    return loaders.planById.load(checkout.planId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Send the fan here to pay: a Stripe Checkout page, or in TEST MODE the app route /test-checkout/membership/<id>. Null once the checkout is no longer OPEN or has expired.',
  })
  paymentUrl(@Root() checkout: MembershipCheckout) {
    return checkout.status === MembershipCheckoutStatus.OPEN && checkout.expiresAt > new Date() ? checkout.paymentUrl : null;
  }
}
