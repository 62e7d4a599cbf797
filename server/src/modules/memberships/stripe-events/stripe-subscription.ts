import type Stripe from 'stripe';
import { MEMBERSHIP_KIND } from '../../../integrations/stripe/billing-gateway';
import type { Services } from '../../../services';
import { BillingInterval, MembershipProvider, MembershipStatus } from '../membership-enums';
import type { SubscriptionSnapshot } from '../subscription-snapshot';

const STATUS: Record<Stripe.Subscription.Status, MembershipStatus> = {
  incomplete: MembershipStatus.INCOMPLETE,
  incomplete_expired: MembershipStatus.CANCELED,
  trialing: MembershipStatus.TRIALING,
  active: MembershipStatus.ACTIVE,
  past_due: MembershipStatus.PAST_DUE,
  // Stripe stopped retrying but has not canceled: still owed, like PAST_DUE.
  unpaid: MembershipStatus.PAST_DUE,
  paused: MembershipStatus.PAUSED,
  canceled: MembershipStatus.CANCELED,
};

const seconds = (value: number | null | undefined) => (value ? new Date(value * 1000) : null);

export const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

/**
 * The fan a Stripe object belongs to: our metadata (set on the subscription by the checkout), or
 * the Stripe customer we created for them.
 */
export async function userIdOf(metadata: Stripe.Metadata | null | undefined, customerId: string | null, services: Services): Promise<string | null> {
  if (metadata?.kind === MEMBERSHIP_KIND && metadata.userId) return metadata.userId;
  return customerId ? services.memberships.userIdOfStripeCustomer(customerId) : null;
}

/**
 * A Stripe subscription as a picture of a membership, taken at `observedAt` (its event's time);
 * null when it is not a Matchday membership (a price we do not know and no membership metadata).
 * The plan is found by the subscription's price, so a plan switched in the customer portal is seen.
 */
export async function snapshotOfSubscription(subscription: Stripe.Subscription, observedAt: Date, services: Services): Promise<SubscriptionSnapshot | null> {
  const item = subscription.items?.data?.[0];
  const price = item?.price;
  if (!item || !price?.recurring) return null;
  const known = await services.plans.findPriceByStripeId(price.id);
  const planId = known?.planId ?? (subscription.metadata?.kind === MEMBERSHIP_KIND ? subscription.metadata.planId : undefined);
  if (!planId || !(await services.plans.findById(planId))) return null;
  const customerId = idOf(subscription.customer);
  const userId = await userIdOf(subscription.metadata, customerId, services);
  if (!userId) return null;
  const status = STATUS[subscription.status] ?? MembershipStatus.INCOMPLETE;
  return {
    subscriptionId: subscription.id,
    provider: MembershipProvider.STRIPE,
    userId,
    planId,
    interval: price.recurring.interval === 'year' ? BillingInterval.YEAR : BillingInterval.MONTH,
    amountCents: (price.unit_amount ?? known?.amountCents ?? 0) * (item.quantity ?? 1),
    currency: price.currency.toUpperCase(),
    status,
    stripeCustomerId: customerId,
    currentPeriodStart: seconds(item.current_period_start),
    currentPeriodEnd: seconds(item.current_period_end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    trialEndsAt: seconds(subscription.trial_end),
    canceledAt: seconds(subscription.canceled_at),
    endedAt: seconds(subscription.ended_at),
    observedAt,
    checkoutId: subscription.metadata?.kind === MEMBERSHIP_KIND ? (subscription.metadata.checkoutId ?? null) : null,
  };
}
