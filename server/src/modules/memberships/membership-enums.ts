import { registerEnumType } from 'type-graphql';

export enum BillingInterval {
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(BillingInterval, { name: 'BillingInterval', description: 'How often a membership is billed.' });

export enum MembershipStatus {
  INCOMPLETE = 'INCOMPLETE',
  TRIALING = 'TRIALING',
  ACTIVE = 'ACTIVE',
  PAST_DUE = 'PAST_DUE',
  PAUSED = 'PAUSED',
  CANCELED = 'CANCELED',
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  valuesConfig: {
    INCOMPLETE: { description: 'The first payment has not gone through yet: no perks.' },
    TRIALING: { description: 'In the free trial: perks, nothing paid yet.' },
    ACTIVE: { description: 'Paid and running: perks.' },
    PAST_DUE: { description: 'A renewal payment failed and is being retried: perks are kept meanwhile.' },
    PAUSED: { description: 'The trial ended without a payment method: no perks until it is resumed.' },
    CANCELED: { description: 'Ended: no perks. A new membership can be started at any time.' },
  },
});

export enum MembershipProvider {
  STRIPE = 'STRIPE',
  TEST = 'TEST',
}

export enum MembershipChangeReason {
  PAYMENT_PENDING = 'PAYMENT_PENDING',
  NEW = 'NEW',
  REACTIVATED = 'REACTIVATED',
  TRIAL_CONVERTED = 'TRIAL_CONVERTED',
  PAYMENT_FAILED = 'PAYMENT_FAILED',
  PAYMENT_RECOVERED = 'PAYMENT_RECOVERED',
  PAUSED = 'PAUSED',
  RESUMED = 'RESUMED',
  PLAN_CHANGED = 'PLAN_CHANGED',
  CANCEL_SCHEDULED = 'CANCEL_SCHEDULED',
  CANCEL_REVERTED = 'CANCEL_REVERTED',
  RENEWED = 'RENEWED',
  CANCELED = 'CANCELED',
  NOT_COMPLETED = 'NOT_COMPLETED',
  STATUS_CHANGED = 'STATUS_CHANGED',
}
registerEnumType(MembershipChangeReason, {
  name: 'MembershipChangeReason',
  valuesConfig: {
    PAYMENT_PENDING: { description: 'A subscription was created whose first payment has not gone through yet.' },
    NEW: { description: 'Became a member (trial or paid) for the first time.' },
    REACTIVATED: { description: 'Became a member again after an earlier membership ended.' },
    TRIAL_CONVERTED: { description: 'The free trial ended with a payment.' },
    PAYMENT_FAILED: { description: 'A renewal payment failed: PAST_DUE.' },
    PAYMENT_RECOVERED: { description: 'A retried payment went through: ACTIVE again.' },
    PAUSED: { description: 'The trial ended without a payment method.' },
    RESUMED: { description: 'A paused membership started again.' },
    PLAN_CHANGED: { description: 'Another plan, interval or price.' },
    CANCEL_SCHEDULED: { description: 'Set to end at the end of the paid period.' },
    CANCEL_REVERTED: { description: 'A scheduled end was called off.' },
    RENEWED: { description: 'A new billing period started.' },
    CANCELED: { description: 'The membership ended.' },
    NOT_COMPLETED: { description: 'A subscription whose first payment never went through was closed.' },
    STATUS_CHANGED: { description: 'Any other change of status (e.g. a trial added to a running membership).' },
  },
});

/** Statuses that give a member their perks (Ghost keeps perks while a failed renewal is retried). */
export const MEMBER_STATUSES: readonly MembershipStatus[] = [MembershipStatus.TRIALING, MembershipStatus.ACTIVE, MembershipStatus.PAST_DUE];

/** Statuses that count towards MRR: billed memberships (a trial counts once it converts). */
export const PAYING_STATUSES: readonly MembershipStatus[] = [MembershipStatus.ACTIVE, MembershipStatus.PAST_DUE];
