import { dayBuckets, monthBuckets, rate } from '../../server/src/modules/analytics/month-buckets';
import { periodEnd } from '../../server/src/modules/memberships/billing-period';
import { changeReason, monthlyAmount, mrrOf, type MembershipState } from '../../server/src/modules/memberships/membership-change';
import { BillingInterval, MembershipChangeReason as Reason, MembershipStatus as S } from '../../server/src/modules/memberships/membership-enums';
import { isNewer, type SubscriptionVersion } from '../../server/src/modules/memberships/subscription-snapshot';
import { priceOrder } from '../../server/src/modules/orders/pricing';
import { PromoDiscountType } from '../../server/src/modules/events/promo-code.entity';

const t = (iso: string) => new Date(iso);
const version = (overrides: Partial<SubscriptionVersion> = {}): SubscriptionVersion => ({
  status: S.ACTIVE,
  endedAt: null,
  currentPeriodStart: t('2025-01-01T00:00:00Z'),
  observedAt: t('2025-01-01T00:00:00Z'),
  ...overrides,
});

describe('which picture of a subscription is newer', () => {
  it('prefers an ended subscription over anything that is not', () => {
    expect(isNewer(version({ status: S.CANCELED, observedAt: t('2025-01-01T00:00:00Z') }), version({ observedAt: t('2025-06-01T00:00:00Z') }))).toBe(true);
    expect(isNewer(version({ observedAt: t('2025-06-01T00:00:00Z') }), version({ status: S.CANCELED }))).toBe(false);
  });

  it('prefers a later billing period, then a later picture, whatever order they come in', () => {
    const renewed = version({ currentPeriodStart: t('2025-02-01T00:00:00Z'), observedAt: t('2025-02-01T00:00:00Z') });
    const oldPeriodLaterPicture = version({ observedAt: t('2025-02-05T00:00:00Z') });
    expect(isNewer(renewed, oldPeriodLaterPicture)).toBe(true);
    expect(isNewer(oldPeriodLaterPicture, renewed)).toBe(false);
    expect(isNewer(version({ observedAt: t('2025-01-02T00:00:00Z') }), version())).toBe(true);
  });

  it('within one second, takes the status further along; an identical picture is not newer (a replay)', () => {
    expect(isNewer(version({ status: S.ACTIVE }), version({ status: S.INCOMPLETE }))).toBe(true);
    expect(isNewer(version({ status: S.INCOMPLETE }), version({ status: S.ACTIVE }))).toBe(false);
    expect(isNewer(version(), version())).toBe(false);
  });
});

describe('MRR of a membership', () => {
  it('counts the monthly amount while billed; a yearly price is divided by 12 and rounded', () => {
    expect(monthlyAmount(9999, BillingInterval.YEAR)).toBe(833);
    expect(mrrOf({ status: S.ACTIVE, amountCents: 12000, interval: BillingInterval.YEAR })).toBe(1000);
    expect(mrrOf({ status: S.PAST_DUE, amountCents: 500, interval: BillingInterval.MONTH })).toBe(500);
    for (const status of [S.TRIALING, S.INCOMPLETE, S.PAUSED, S.CANCELED]) expect(mrrOf({ status, amountCents: 500, interval: BillingInterval.MONTH })).toBe(0);
  });
});

describe('why a membership changed', () => {
  const state = (overrides: Partial<MembershipState> = {}): MembershipState => ({
    planId: 'basic',
    interval: BillingInterval.MONTH,
    amountCents: 1000,
    status: S.ACTIVE,
    cancelAtPeriodEnd: false,
    currentPeriodStart: t('2025-01-01T00:00:00Z'),
    ...overrides,
  });

  it('names each change', () => {
    expect(changeReason(undefined, state(), false)).toBe(Reason.NEW);
    expect(changeReason(undefined, state({ status: S.TRIALING }), true)).toBe(Reason.REACTIVATED);
    expect(changeReason(undefined, state({ status: S.INCOMPLETE }), false)).toBe(Reason.PAYMENT_PENDING);
    expect(changeReason(state({ status: S.INCOMPLETE }), state(), false)).toBe(Reason.NEW);
    expect(changeReason(state({ status: S.INCOMPLETE }), state({ status: S.CANCELED }), false)).toBe(Reason.NOT_COMPLETED);
    expect(changeReason(state({ status: S.TRIALING }), state(), false)).toBe(Reason.TRIAL_CONVERTED);
    expect(changeReason(state({ status: S.TRIALING }), state({ status: S.CANCELED }), false)).toBe(Reason.CANCELED);
    expect(changeReason(state(), state({ status: S.PAST_DUE }), false)).toBe(Reason.PAYMENT_FAILED);
    expect(changeReason(state({ status: S.PAST_DUE }), state(), false)).toBe(Reason.PAYMENT_RECOVERED);
    expect(changeReason(state({ status: S.TRIALING }), state({ status: S.PAUSED }), false)).toBe(Reason.PAUSED);
    expect(changeReason(state({ status: S.PAUSED }), state(), false)).toBe(Reason.RESUMED);
    expect(changeReason(state(), state({ planId: 'plus' }), false)).toBe(Reason.PLAN_CHANGED);
    expect(changeReason(state(), state({ cancelAtPeriodEnd: true }), false)).toBe(Reason.CANCEL_SCHEDULED);
    expect(changeReason(state({ cancelAtPeriodEnd: true }), state(), false)).toBe(Reason.CANCEL_REVERTED);
    expect(changeReason(state(), state({ currentPeriodStart: t('2025-02-01T00:00:00Z') }), false)).toBe(Reason.RENEWED);
    expect(changeReason(state(), state({ status: S.TRIALING }), false)).toBe(Reason.STATUS_CHANGED);
    expect(changeReason(state(), state(), false)).toBeNull();
  });
});

describe('TEST MODE billing periods', () => {
  it('ends a month or a year later on the same day, or on the last day of a shorter month', () => {
    expect(periodEnd(t('2025-01-15T10:30:00Z'), BillingInterval.MONTH)).toEqual(t('2025-02-15T10:30:00Z'));
    expect(periodEnd(t('2025-01-31T10:30:00Z'), BillingInterval.MONTH)).toEqual(t('2025-02-28T10:30:00Z'));
    expect(periodEnd(t('2024-01-31T00:00:00Z'), BillingInterval.MONTH)).toEqual(t('2024-02-29T00:00:00Z'));
    expect(periodEnd(t('2025-12-31T00:00:00Z'), BillingInterval.MONTH)).toEqual(t('2026-01-31T00:00:00Z'));
    expect(periodEnd(t('2024-02-29T00:00:00Z'), BillingInterval.YEAR)).toEqual(t('2025-02-28T00:00:00Z'));
  });
});

describe('month buckets of a range', () => {
  it('splits a range into UTC months, the first and last clipped to it', () => {
    expect(monthBuckets(t('2025-01-20T00:00:00Z'), t('2025-03-02T00:00:00Z'))).toEqual([
      { month: '2025-01', start: t('2025-01-20T00:00:00Z'), end: t('2025-02-01T00:00:00Z') },
      { month: '2025-02', start: t('2025-02-01T00:00:00Z'), end: t('2025-03-01T00:00:00Z') },
      { month: '2025-03', start: t('2025-03-01T00:00:00Z'), end: t('2025-03-02T00:00:00Z') },
    ]);
    expect(monthBuckets(t('2025-12-01T00:00:00Z'), t('2026-01-01T00:00:00Z')).map((b) => b.month)).toEqual(['2025-12']);
  });

  it('splits a range into UTC days the same way', () => {
    expect(dayBuckets(t('2025-02-27T12:00:00Z'), t('2025-03-01T06:00:00Z'))).toEqual([
      { day: '2025-02-27', start: t('2025-02-27T12:00:00Z'), end: t('2025-02-28T00:00:00Z') },
      { day: '2025-02-28', start: t('2025-02-28T00:00:00Z'), end: t('2025-03-01T00:00:00Z') },
      { day: '2025-03-01', start: t('2025-03-01T00:00:00Z'), end: t('2025-03-01T06:00:00Z') },
    ]);
  });

  it('rounds rates to four decimals and has none without a whole', () => {
    expect(rate(2, 7)).toBe(0.2857);
    expect(rate(0, 3)).toBe(0);
    expect(rate(1, 0)).toBeNull();
  });
});

describe('member prices', () => {
  const stand = { id: 'stand', priceCents: 4000, memberDiscountPercent: 25 };
  const plain = { id: 'plain', priceCents: 2500 };

  it('gives members the member price and nobody else', () => {
    const member = priceOrder([{ ticketType: stand, quantity: 2 }, { ticketType: plain, quantity: 1 }], null, { member: true });
    expect(member).toMatchObject({ subtotalCents: 10500, discountCents: 2000, memberDiscountCents: 2000, totalCents: 8500 });
    expect(priceOrder([{ ticketType: stand, quantity: 2 }], null)).toMatchObject({ discountCents: 0, memberDiscountCents: 0, totalCents: 8000 });
  });

  it('takes a promo code off the member price', () => {
    const fixed = priceOrder([{ ticketType: stand, quantity: 1 }], { discountType: PromoDiscountType.FIXED, amount: 5000, ticketTypeIds: null }, { member: true });
    // 3000 member price; a 50.00 voucher takes at most what is left.
    expect(fixed).toMatchObject({ discountCents: 4000, memberDiscountCents: 1000, totalCents: 0, promoApplies: true });
    const free = priceOrder([{ ticketType: { id: 'x', priceCents: 1000, memberDiscountPercent: 100 }, quantity: 1 }], { discountType: PromoDiscountType.PERCENTAGE, amount: 10, ticketTypeIds: null }, { member: true });
    expect(free).toMatchObject({ totalCents: 0, promoApplies: false });
  });
});
