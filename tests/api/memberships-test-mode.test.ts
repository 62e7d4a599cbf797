import { Client } from 'pg';
import { waitForMail } from '../support/accounts';
import { eventually } from '../support/eventually';
import { dataOf, errorOf, graph, type CallOptions } from '../support/graph';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import {
  COMPLETE_TEST_MEMBERSHIP_CHECKOUT,
  createPlan,
  historyOf,
  joinInTestMode,
  MY_MEMBERSHIP,
  OPEN_BILLING_PORTAL,
  START_MEMBERSHIP_CHECKOUT,
  startMembershipCheckout,
} from '../support/memberships';
import { createUser, type TestUser } from '../support/test-users';

const SET_CANCEL = `mutation($cancel: Boolean!) { setTestMembershipCancelAtPeriodEnd(cancel: $cancel) { status cancelAtPeriodEnd canceledAt isMember } }`;
const SWITCH = `mutation($planId: ID!, $interval: BillingInterval!) { switchTestMembershipPlan(planId: $planId, interval: $interval) { status interval amountCents plan { id } currentPeriodEnd } }`;
const DAY = 24 * 3600_000;

describe('memberships in TEST MODE (no Stripe key)', () => {
  let isolated: IsolatedServer;
  let admin: TestUser;
  const as = (user: TestUser): CallOptions => ({ token: user.token, url: isolated.server.url });
  const fan = (name = 'Member Fan') => createUser('FAN', name, isolated.server.url);
  const membershipOf = async (user: TestUser) => dataOf(await graph(MY_MEMBERSHIP, {}, as(user))).myMembership;

  async function sql(text: string, params: unknown[] = []) {
    const client = new Client({ connectionString: isolated.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, params)).rows;
    } finally {
      await client.end();
    }
  }

  /** Moves a member's billing clock: their current period ends now (what the API cannot do). */
  const endPeriodOf = (user: TestUser) => sql(`UPDATE memberships SET current_period_end = now() WHERE user_id = $1 AND status <> 'CANCELED'`, [user.id]);

  beforeAll(async () => {
    // Its own database: the TEST MODE billing clock ticks every second here and touches only these members.
    isolated = await startIsolatedServer({ BILLING_CLOCK_SECONDS: '1' });
    admin = await createUser('ADMIN', 'Membership Admin', isolated.server.url);
  });

  afterAll(async () => {
    await isolated?.stop();
  });

  it('makes a fan a member through the test checkout page, once, with a payment and a welcome mail', async () => {
    const plan = await createPlan(as(admin), { name: 'Supporter', monthlyPriceCents: 1200, yearlyPriceCents: null });
    const fanA = await fan();
    expect(await membershipOf(fanA)).toBeNull();

    const checkout = await startMembershipCheckout(as(fanA), plan.id);
    expect(checkout).toMatchObject({ status: 'OPEN', interval: 'MONTH', amountCents: 1200, currency: 'EUR', trialDays: 0, testMode: true, plan: { id: plan.id } });
    expect(checkout.paymentUrl).toBe(`${isolated.server.url}/test-checkout/membership/${checkout.id}`);
    // A second click opens the same checkout, not a second one.
    expect((await startMembershipCheckout(as(fanA), plan.id)).id).toBe(checkout.id);

    const completed = dataOf(await graph(COMPLETE_TEST_MEMBERSHIP_CHECKOUT, { checkoutId: checkout.id, outcome: 'COMPLETED' }, as(fanA))).completeTestMembershipCheckout;
    expect(completed).toMatchObject({ status: 'COMPLETED', paymentUrl: null, membershipId: expect.any(String) });
    const again = dataOf(await graph(COMPLETE_TEST_MEMBERSHIP_CHECKOUT, { checkoutId: checkout.id, outcome: 'COMPLETED' }, as(fanA))).completeTestMembershipCheckout;
    expect(again.membershipId).toBe(completed.membershipId);

    const membership = await membershipOf(fanA);
    expect(membership).toMatchObject({ id: completed.membershipId, status: 'ACTIVE', isMember: true, testMode: true, interval: 'MONTH', amountCents: 1200, cancelAtPeriodEnd: false, plan: { name: 'Supporter' } });
    const start = new Date(membership.currentPeriodStart);
    const end = new Date(membership.currentPeriodEnd);
    expect(end.getUTCMonth()).toBe((start.getUTCMonth() + 1) % 12);
    expect(membership.payments).toEqual([{ amountCents: 1200, currency: 'EUR', paidAt: membership.currentPeriodStart, testMode: true }]);

    expect(await historyOf(as(admin), fanA.id)).toEqual([
      expect.objectContaining({ reason: 'NEW', status: 'ACTIVE', previousStatus: null, mrrCents: 1200, mrrDeltaCents: 1200, source: 'test:checkout' }),
    ]);
    const [welcome] = await waitForMail(admin.token, fanA.email, { url: isolated.server.url });
    expect(welcome).toMatchObject({ kind: 'membership_welcome', subject: 'Welcome to Supporter' });
    expect(welcome.text).toContain('TEST MODE');

    const twice = errorOf(await graph(START_MEMBERSHIP_CHECKOUT, { planId: plan.id, interval: 'MONTH' }, as(fanA)));
    expect(twice.extensions?.code).toBe('CONFLICT');
    expect(twice.message).toContain('already a member');
  });

  it('gives a first-time member the free trial, which converts with a payment when it ends', async () => {
    const plan = await createPlan(as(admin), { name: 'Trial club', monthlyPriceCents: 1500, yearlyPriceCents: 12000, trialDays: 14 });
    const fanB = await fan();
    const trial = await joinInTestMode(as(fanB), plan.id, 'YEAR');
    expect(trial).toMatchObject({ status: 'TRIALING', isMember: true, interval: 'YEAR', amountCents: 12000, payments: [] });
    expect(Math.abs(new Date(trial.trialEndsAt).getTime() - (Date.now() + 14 * DAY))).toBeLessThan(60_000);
    expect(trial.currentPeriodEnd).toBe(trial.trialEndsAt);

    await endPeriodOf(fanB);
    const converted = await eventually(async () => {
      const membership = await membershipOf(fanB);
      return membership.status === 'ACTIVE' && membership;
    }, 'the trial to convert');
    expect(converted.payments).toEqual([expect.objectContaining({ amountCents: 12000 })]);
    expect(new Date(converted.currentPeriodEnd).getTime() - new Date(converted.currentPeriodStart).getTime()).toBeGreaterThanOrEqual(365 * DAY);
    expect((await historyOf(as(admin), fanB.id)).map((row: any) => [row.reason, row.status, row.mrrCents, row.mrrDeltaCents])).toEqual([
      ['NEW', 'TRIALING', 0, 0],
      // 12000 a year is 1000 a month.
      ['TRIAL_CONVERTED', 'ACTIVE', 1000, 1000],
    ]);
  });

  it('cancels at the end of the period in the test billing portal; a returning fan is reactivated, without a second trial', async () => {
    const plan = await createPlan(as(admin), { monthlyPriceCents: 700, trialDays: 30 });
    const fanC = await fan();
    expect(errorOf(await graph(OPEN_BILLING_PORTAL, {}, as(fanC))).extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await graph(SET_CANCEL, { cancel: true }, as(fanC))).extensions?.code).toBe('NOT_FOUND');

    expect((await joinInTestMode(as(fanC), plan.id)).status).toBe('TRIALING');
    await endPeriodOf(fanC);
    await eventually(async () => (await membershipOf(fanC)).status === 'ACTIVE', 'the trial to convert');

    expect(dataOf(await graph(OPEN_BILLING_PORTAL, {}, as(fanC))).openBillingPortal).toBe(`${isolated.server.url}/test-billing-portal`);
    expect(dataOf(await graph(SET_CANCEL, { cancel: true }, as(fanC))).setTestMembershipCancelAtPeriodEnd).toMatchObject({ status: 'ACTIVE', cancelAtPeriodEnd: true, isMember: true, canceledAt: expect.any(String) });
    expect(dataOf(await graph(SET_CANCEL, { cancel: false }, as(fanC))).setTestMembershipCancelAtPeriodEnd).toMatchObject({ cancelAtPeriodEnd: false, canceledAt: null });
    expect(dataOf(await graph(SET_CANCEL, { cancel: true }, as(fanC))).setTestMembershipCancelAtPeriodEnd.cancelAtPeriodEnd).toBe(true);
    // Still a member until the period is over.
    expect((await membershipOf(fanC)).isMember).toBe(true);

    await endPeriodOf(fanC);
    const ended = await eventually(async () => {
      const membership = await membershipOf(fanC);
      return membership.status === 'CANCELED' && membership;
    }, 'the membership to end');
    expect(ended).toMatchObject({ isMember: false, endedAt: expect.any(String) });
    expect((await historyOf(as(admin), fanC.id)).map((row: any) => [row.reason, row.mrrDeltaCents])).toEqual([
      ['NEW', 0],
      ['TRIAL_CONVERTED', 700],
      ['CANCEL_SCHEDULED', 0],
      ['CANCEL_REVERTED', 0],
      ['CANCEL_SCHEDULED', 0],
      ['CANCELED', -700],
    ]);

    const back = await startMembershipCheckout(as(fanC), plan.id);
    expect(back.trialDays).toBe(0);
    dataOf(await graph(COMPLETE_TEST_MEMBERSHIP_CHECKOUT, { checkoutId: back.id, outcome: 'COMPLETED' }, as(fanC)));
    expect(await membershipOf(fanC)).toMatchObject({ status: 'ACTIVE', isMember: true });
    expect((await historyOf(as(admin), fanC.id)).at(-1)).toMatchObject({ reason: 'REACTIVATED', mrrDeltaCents: 700 });
  });

  it('switches plan in the test billing portal: the new price is charged from the next renewal', async () => {
    const basic = await createPlan(as(admin), { monthlyPriceCents: 1000, yearlyPriceCents: 10000 });
    const plus = await createPlan(as(admin), { monthlyPriceCents: 2500, yearlyPriceCents: 24000 });
    const pounds = await createPlan(as(admin), { currency: 'GBP' });
    const fanD = await fan();
    const joined = await joinInTestMode(as(fanD), basic.id);

    const switched = dataOf(await graph(SWITCH, { planId: plus.id, interval: 'YEAR' }, as(fanD))).switchTestMembershipPlan;
    expect(switched).toMatchObject({ status: 'ACTIVE', interval: 'YEAR', amountCents: 24000, plan: { id: plus.id }, currentPeriodEnd: joined.currentPeriodEnd });
    expect((await historyOf(as(admin), fanD.id)).at(-1)).toMatchObject({ reason: 'PLAN_CHANGED', planId: plus.id, interval: 'YEAR', mrrCents: 2000, mrrDeltaCents: 1000 });
    const otherCurrency = errorOf(await graph(SWITCH, { planId: pounds.id, interval: 'MONTH' }, as(fanD)));
    expect(otherCurrency.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'planId' });

    await endPeriodOf(fanD);
    const renewed = await eventually(async () => {
      const membership = await membershipOf(fanD);
      return membership.payments.length === 2 && membership;
    }, 'the renewal');
    expect(renewed.payments.map((p: any) => p.amountCents)).toEqual([24000, 1000]);
    expect((await historyOf(as(admin), fanD.id)).at(-1)).toMatchObject({ reason: 'RENEWED', mrrDeltaCents: 0 });
  });

  it("keeps each fan to their own checkouts, and the ledgers can only grow", async () => {
    const plan = await createPlan(as(admin));
    const owner = await fan();
    const other = await fan();
    const checkout = await startMembershipCheckout(as(owner), plan.id);
    expect(errorOf(await graph(COMPLETE_TEST_MEMBERSHIP_CHECKOUT, { checkoutId: checkout.id, outcome: 'COMPLETED' }, as(other))).extensions?.code).toBe('NOT_FOUND');
    expect(dataOf(await graph(`query($id: ID!) { membershipCheckout(id: $id) { id } }`, { id: checkout.id }, as(other))).membershipCheckout).toBeNull();
    expect(errorOf(await graph(START_MEMBERSHIP_CHECKOUT, { planId: plan.id, interval: 'MONTH' }, { url: isolated.server.url })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await graph(MY_MEMBERSHIP, {}, { url: isolated.server.url })).extensions?.code).toBe('UNAUTHENTICATED');

    dataOf(await graph(COMPLETE_TEST_MEMBERSHIP_CHECKOUT, { checkoutId: checkout.id, outcome: 'COMPLETED' }, as(owner)));
    await expect(sql(`UPDATE membership_events SET mrr_delta_cents = 0 WHERE user_id = $1`, [owner.id])).rejects.toThrow(/append-only/);
    await expect(sql(`DELETE FROM membership_payments WHERE user_id = $1`, [owner.id])).rejects.toThrow(/append-only/);
    expect((await historyOf(as(admin), owner.id))[0]).toMatchObject({ reason: 'NEW', mrrDeltaCents: 1000 });
  });
});
