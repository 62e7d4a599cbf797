import { BillingInterval, MEMBER_STATUSES, MembershipChangeReason, MembershipStatus, PAYING_STATUSES } from './membership-enums';

/** The parts of a membership whose change is recorded in the history. */
export interface MembershipState {
  planId: string;
  interval: BillingInterval;
  amountCents: number;
  status: MembershipStatus;
  cancelAtPeriodEnd: boolean;
  currentPeriodStart: Date | null;
}

/** A price per interval as a monthly amount: a yearly price ÷ 12, rounded to the minor unit. */
export function monthlyAmount(amountCents: number, interval: BillingInterval): number {
  return interval === BillingInterval.YEAR ? Math.round(amountCents / 12) : amountCents;
}

/** What a membership in this state adds to MRR: its monthly amount while billed (ACTIVE, PAST_DUE), else 0. */
export function mrrOf(state: Pick<MembershipState, 'status' | 'amountCents' | 'interval'>): number {
  return PAYING_STATUSES.includes(state.status) ? monthlyAmount(state.amountCents, state.interval) : 0;
}

const isMember = (status: MembershipStatus | undefined) => status !== undefined && MEMBER_STATUSES.includes(status);

/**
 * Why a membership went from `before` (undefined: first seen) to `after`, or null when nothing the
 * history records changed. `returning`: the fan had a membership that ended before this one.
 * The most telling reason wins when several things change at once (a plan switch at renewal is a
 * PLAN_CHANGED; a trial that converts onto another plan is a TRIAL_CONVERTED); the row carries the
 * full state either way, and MRR is computed from the state, not from the reason.
 */
export function changeReason(before: MembershipState | undefined, after: MembershipState, returning: boolean): MembershipChangeReason | null {
  const from = before?.status;
  const to = after.status;
  if (!isMember(from) && isMember(to)) {
    if (from === MembershipStatus.PAUSED) return MembershipChangeReason.RESUMED;
    return returning ? MembershipChangeReason.REACTIVATED : MembershipChangeReason.NEW;
  }
  if (to === MembershipStatus.CANCELED && from !== MembershipStatus.CANCELED) {
    return isMember(from) || from === MembershipStatus.PAUSED ? MembershipChangeReason.CANCELED : MembershipChangeReason.NOT_COMPLETED;
  }
  if (!before) return MembershipChangeReason.PAYMENT_PENDING;
  if (from !== to) {
    if (to === MembershipStatus.PAUSED) return MembershipChangeReason.PAUSED;
    if (to === MembershipStatus.PAST_DUE) return MembershipChangeReason.PAYMENT_FAILED;
    if (from === MembershipStatus.TRIALING && to === MembershipStatus.ACTIVE) return MembershipChangeReason.TRIAL_CONVERTED;
    if (from === MembershipStatus.PAST_DUE && to === MembershipStatus.ACTIVE) return MembershipChangeReason.PAYMENT_RECOVERED;
  }
  if (before.planId !== after.planId || before.interval !== after.interval || before.amountCents !== after.amountCents) {
    return MembershipChangeReason.PLAN_CHANGED;
  }
  if (before.cancelAtPeriodEnd !== after.cancelAtPeriodEnd) {
    return after.cancelAtPeriodEnd ? MembershipChangeReason.CANCEL_SCHEDULED : MembershipChangeReason.CANCEL_REVERTED;
  }
  if (isMember(to) && (after.currentPeriodStart?.getTime() ?? 0) > (before.currentPeriodStart?.getTime() ?? 0)) {
    return MembershipChangeReason.RENEWED;
  }
  // Any other status move (e.g. a trial added to a running membership) is still a change.
  return from !== to ? MembershipChangeReason.STATUS_CHANGED : null;
}
