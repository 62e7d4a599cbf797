import { BillingInterval, MembershipProvider, MembershipStatus } from './membership-enums';

/**
 * A picture of one subscription at one moment, whoever took it: a Stripe webhook's subscription
 * object, a Stripe invoice's outcome applied to what we knew, or a TEST MODE action. Every change
 * of a membership is one of these going through ApplySubscriptionHandler.
 */
export interface SubscriptionSnapshot {
  subscriptionId: string;
  provider: MembershipProvider;
  userId: string;
  planId: string;
  interval: BillingInterval;
  amountCents: number;
  currency: string;
  status: MembershipStatus;
  stripeCustomerId: string | null;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  trialEndsAt: Date | null;
  canceledAt: Date | null;
  endedAt: Date | null;
  /** When the provider took this picture (Stripe: the event's `created`); TEST MODE: when the action happened. */
  observedAt: Date;
  /** The membership checkout it came from, when known (our metadata on the subscription). */
  checkoutId?: string | null;
}

/** What orders two pictures of one subscription. */
export type SubscriptionVersion = Pick<SubscriptionSnapshot, 'status' | 'endedAt' | 'currentPeriodStart' | 'observedAt'>;

/**
 * Within one period and one second, the order a subscription moves in (Stripe's event times have
 * one-second resolution: a Checkout subscription is often created INCOMPLETE and made ACTIVE in
 * the same second).
 */
const STATUS_ORDER: Record<MembershipStatus, number> = {
  [MembershipStatus.INCOMPLETE]: 0,
  [MembershipStatus.TRIALING]: 1,
  [MembershipStatus.PAUSED]: 2,
  [MembershipStatus.PAST_DUE]: 3,
  [MembershipStatus.ACTIVE]: 4,
  [MembershipStatus.CANCELED]: 5,
};

function key(version: SubscriptionVersion): number[] {
  const ended = version.endedAt !== null || version.status === MembershipStatus.CANCELED;
  return [ended ? 1 : 0, version.currentPeriodStart?.getTime() ?? 0, version.observedAt.getTime(), STATUS_ORDER[version.status]];
}

/**
 * True when `candidate` is a newer picture of the subscription than `current`, judged from the
 * pictures themselves, never from when they arrived: an ended subscription never comes back; a
 * later billing period (its start only moves forward: renewals, trial ends and interval switches
 * all start a new one at "now") is newer; within one period, the later picture; within one second,
 * the status further along. An equal picture is not newer, so a replay changes nothing.
 */
export function isNewer(candidate: SubscriptionVersion, current: SubscriptionVersion): boolean {
  const a = key(candidate);
  const b = key(current);
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] > b[i];
  }
  return false;
}

/** What a stored membership knows of its subscription. */
type KnownSubscription = Omit<SubscriptionSnapshot, 'observedAt' | 'checkoutId'>;

/** The picture a membership shows, with some things changed at `observedAt` (a TEST MODE action, an invoice outcome). */
export function changedSnapshot(known: KnownSubscription, observedAt: Date, changes: Partial<KnownSubscription> = {}): SubscriptionSnapshot {
  return {
    subscriptionId: known.subscriptionId,
    provider: known.provider,
    userId: known.userId,
    planId: known.planId,
    interval: known.interval,
    amountCents: known.amountCents,
    currency: known.currency,
    status: known.status,
    stripeCustomerId: known.stripeCustomerId,
    currentPeriodStart: known.currentPeriodStart,
    currentPeriodEnd: known.currentPeriodEnd,
    cancelAtPeriodEnd: known.cancelAtPeriodEnd,
    trialEndsAt: known.trialEndsAt,
    canceledAt: known.canceledAt,
    endedAt: known.endedAt,
    ...changes,
    observedAt,
  };
}
