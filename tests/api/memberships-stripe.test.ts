import crypto from 'node:crypto';
import type Stripe from 'stripe';
import { dataOf, errorOf, graph, type CallOptions } from '../support/graph';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import {
  ARCHIVE_PLAN,
  COMPLETE_TEST_MEMBERSHIP_CHECKOUT,
  createPlan,
  historyOf,
  MY_MEMBERSHIP,
  OPEN_BILLING_PORTAL,
  planInput,
  startMembershipCheckout,
  UPDATE_PLAN,
} from '../support/memberships';
import { createUser, type TestUser } from '../support/test-users';
import { sendWebhook, startFakeStripe, type FakeStripe } from '../fakes/stripe-server';

const WEBHOOK_SECRET = 'whsec_test_matchday_memberships';
const DAY = 24 * 3600;
const OUTBOX = `query($to: String) { mailOutbox(to: $to, first: 50) { edges { node { kind subject text } } } }`;
const CHECKOUT = `query($id: ID!) { membershipCheckout(id: $id) { status membershipId } }`;
const SIGN_UP = `mutation($input: LeadSignupInput!) { signUp(input: $input) { id } }`;
const SMS_OUTBOX = `query($to: String) { smsOutbox(to: $to) { edges { node { kind body toPhone } } } }`;
const uniquePhone = () => `+1415${String(crypto.randomInt(2_000_000, 9_999_999))}`;

describe('memberships through Stripe Billing (the real SDK against a fake Stripe, signed webhooks)', () => {
  let fake: FakeStripe;
  let isolated: IsolatedServer;
  let admin: TestUser;
  let plan: any;
  const as = (user: TestUser): CallOptions => ({ token: user.token, url: isolated.server.url });
  const fan = (name = 'Stripe Member') => createUser('FAN', name, isolated.server.url);
  const membershipOf = async (user: TestUser) => dataOf(await graph(MY_MEMBERSHIP, {}, as(user))).myMembership;
  const now = () => Math.floor(Date.now() / 1000);

  async function deliver(...events: Stripe.Event[]) {
    for (const event of events) {
      const res = await sendWebhook(isolated.server.url, event, WEBHOOK_SECRET);
      expect(res.status).toBe(200);
    }
  }

  async function mailKinds(user: TestUser): Promise<string[]> {
    const { mailOutbox } = dataOf(await graph(OUTBOX, { to: user.email }, as(admin)));
    return mailOutbox.edges.map((edge: any) => edge.node.kind).sort();
  }

  /** A fan who checked out `onPlan` and whose subscription Stripe created at `at`; the events are not delivered yet. */
  async function subscribed(user: TestUser, onPlan = plan, at = now()) {
    const checkout = await startMembershipCheckout(as(user), onPlan.id);
    const session = fake.sessionOfMembershipCheckout(checkout.id)!;
    return { checkout, ...fake.subscribe(session.id, at) };
  }

  beforeAll(async () => {
    fake = await startFakeStripe();
    isolated = await startIsolatedServer({ STRIPE_SECRET_KEY: 'sk_test_matchday_members', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: fake.url });
    admin = await createUser('ADMIN', 'Billing Admin', isolated.server.url);
    plan = await createPlan(as(admin), { name: 'Supporter', monthlyPriceCents: 1000, yearlyPriceCents: 10000 });
  });

  afterAll(async () => {
    await isolated?.stop();
    await fake?.close();
  });

  it('creates each plan as a Stripe product with its prices; a new amount is a new Stripe price', async () => {
    expect(plan.stripeProductId).toMatch(/^prod_/);
    expect(fake.products.get(plan.stripeProductId)).toMatchObject({ name: 'Supporter', active: true, metadata: { kind: 'membership', planId: plan.id } });
    for (const price of plan.prices) {
      expect(fake.prices.get(price.stripePriceId)).toMatchObject({ product: plan.stripeProductId, currency: 'eur', unit_amount: price.amountCents, recurring: { interval: price.interval.toLowerCase() }, active: true });
      expect(fake.requests.find((r) => r.path === '/v1/prices' && r.body.metadata?.priceId === price.id)?.idempotencyKey).toBe(`plan-price-${price.id}`);
    }
    expect(fake.requests.find((r) => r.path === '/v1/products' && r.body.metadata?.planId === plan.id)?.idempotencyKey).toBe(`plan-product-${plan.id}`);

    const other = await createPlan(as(admin), { monthlyPriceCents: 2000, yearlyPriceCents: null });
    const oldPrice = other.prices[0].stripePriceId;
    const updated = dataOf(await graph(UPDATE_PLAN, { id: other.id, input: planInput({ name: 'Gold', monthlyPriceCents: 2200, yearlyPriceCents: null }) }, as(admin))).updatePlan;
    const current = updated.prices.find((p: any) => p.active);
    expect(current).toMatchObject({ amountCents: 2200, stripePriceId: expect.stringMatching(/^price_/) });
    expect(fake.prices.get(current.stripePriceId)!.unit_amount).toBe(2200);
    expect(fake.prices.get(oldPrice)!.active).toBe(false);
    expect(fake.products.get(other.stripeProductId)!.name).toBe('Gold');
    dataOf(await graph(ARCHIVE_PLAN, { id: other.id }, as(admin)));
    expect(fake.products.get(other.stripeProductId)!.active).toBe(false);
  });

  it('saves a plan while Stripe is down and links it to Stripe at its first checkout', async () => {
    fake.failNext('/v1/products', 3);
    const offline = await createPlan(as(admin), { name: 'Made offline' });
    expect(offline.stripeProductId).toBeNull();
    expect(offline.prices.every((p: any) => p.stripePriceId === null)).toBe(true);

    const checkout = await startMembershipCheckout(as(await fan()), offline.id);
    const session = fake.sessionOfMembershipCheckout(checkout.id)!;
    const product = [...fake.products.values()].find((p) => p.metadata.planId === offline.id)!;
    expect(product.name).toBe('Made offline');
    expect(fake.prices.get(session.line_items[0].price!)).toMatchObject({ product: product.id, unit_amount: 1000 });
  });

  it('subscribes through a Checkout Session in subscription mode for the fan\'s own Stripe customer, and starts when Stripe says so', async () => {
    const trialPlan = await createPlan(as(admin), { name: 'Trial', monthlyPriceCents: 900, yearlyPriceCents: null, trialDays: 14 });
    const fanA = await fan('Alex Stripe');
    const checkout = await startMembershipCheckout(as(fanA), trialPlan.id);
    expect(checkout).toMatchObject({ status: 'OPEN', testMode: false, trialDays: 14, amountCents: 900 });
    const session = fake.sessionOfMembershipCheckout(checkout.id)!;
    expect(checkout.paymentUrl).toBe(session.url);
    const request = fake.requests.find((r) => r.path === '/v1/checkout/sessions' && r.body.metadata?.checkoutId === checkout.id)!;
    expect(request.idempotencyKey).toBe(`membership-checkout-${checkout.id}`);
    expect(request.body).toMatchObject({
      mode: 'subscription',
      customer: expect.stringMatching(/^cus_/),
      client_reference_id: checkout.id,
      line_items: { 0: { price: trialPlan.prices[0].stripePriceId, quantity: '1' } },
      subscription_data: { trial_period_days: '14', metadata: { kind: 'membership', userId: fanA.id, planId: trialPlan.id, checkoutId: checkout.id } },
      success_url: `${isolated.server.url}/membership?checkout=success`,
    });
    const customer = fake.customers.get(request.body.customer)!;
    expect(customer).toMatchObject({ email: fanA.email, name: 'Alex Stripe', metadata: { userId: fanA.id } });
    expect(fake.requests.find((r) => r.path === '/v1/customers' && r.body.metadata?.userId === fanA.id)?.idempotencyKey).toBe(`customer-${fanA.id}`);

    // With Stripe configured, the TEST MODE page is refused.
    expect(errorOf(await graph(COMPLETE_TEST_MEMBERSHIP_CHECKOUT, { checkoutId: checkout.id, outcome: 'COMPLETED' }, as(fanA))).extensions?.code).toBe('FORBIDDEN');
    expect(await membershipOf(fanA)).toBeNull();

    const { created, invoicePaid } = fake.subscribe(session.id);
    await deliver(created, invoicePaid);
    expect(await membershipOf(fanA)).toMatchObject({ status: 'TRIALING', isMember: true, testMode: false, amountCents: 900, payments: [] });
    expect(dataOf(await graph(CHECKOUT, { id: checkout.id }, as(fanA))).membershipCheckout.status).toBe('COMPLETED');
    expect(await mailKinds(fanA)).toEqual(['membership_welcome']);
  });

  it('changes nothing on a replay, and follows the newest picture of the subscription whatever the arrival order', async () => {
    const fanR = await fan();
    const t0 = now() - 3600;
    const { subscription, created, invoicePaid } = await subscribed(fanR, plan, t0);
    const scheduled = fake.subscriptionEvent('customer.subscription.updated', subscription.id, { cancel_at_period_end: true, canceled_at: t0 + 60 }, t0 + 60);

    // The later update arrives first; the creation, older, changes nothing after it.
    await deliver(scheduled, created);
    expect(await membershipOf(fanR)).toMatchObject({ status: 'ACTIVE', cancelAtPeriodEnd: true });
    const replay = await sendWebhook(isolated.server.url, scheduled, WEBHOOK_SECRET);
    expect(await replay.json()).toEqual({ received: true, duplicate: true });

    // The same payment, however often and however concurrently it is delivered, is recorded once.
    const statuses = await Promise.all(Array.from({ length: 5 }, () => sendWebhook(isolated.server.url, invoicePaid, WEBHOOK_SECRET).then((r) => r.status)));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect((await membershipOf(fanR)).payments).toEqual([expect.objectContaining({ amountCents: 1000, testMode: false, paidAt: new Date(t0 * 1000).toISOString() })]);

    // An update made at t0+90 arrives after the end made at t0+120: it cannot bring the membership back.
    const lateUpdate = fake.subscriptionEvent('customer.subscription.updated', subscription.id, { cancel_at_period_end: false, canceled_at: null }, t0 + 90);
    const ended = fake.subscriptionEvent('customer.subscription.deleted', subscription.id, {}, t0 + 120);
    await deliver(ended, lateUpdate);
    expect(await membershipOf(fanR)).toMatchObject({ status: 'CANCELED', isMember: false, endedAt: new Date((t0 + 120) * 1000).toISOString() });

    expect((await historyOf(as(admin), fanR.id)).map((row: any) => [row.reason, row.mrrDeltaCents, row.occurredAt])).toEqual([
      ['NEW', 1000, new Date((t0 + 60) * 1000).toISOString()],
      ['CANCELED', -1000, new Date((t0 + 120) * 1000).toISOString()],
    ]);
  });

  it('marks a failed renewal PAST_DUE and tells the member once; the retried payment makes it ACTIVE again; a late failure changes nothing', async () => {
    const fanP = await fan('Pat PastDue');
    const t0 = now() - 40 * DAY;
    const { subscription, created, invoicePaid } = await subscribed(fanP, plan, t0);
    await deliver(created, invoicePaid);

    const t1 = t0 + 30 * DAY;
    const pastDue = fake.subscriptionEvent('customer.subscription.updated', subscription.id, { status: 'past_due', period: [t1, t1 + 30 * DAY] }, t1);
    const failed = fake.invoiceEvent('invoice.payment_failed', subscription.id, { at: t1 });
    const lateFailure = fake.invoiceEvent('invoice.payment_failed', subscription.id, { at: t1 + DAY });
    await deliver(failed, pastDue);
    const overdue = await membershipOf(fanP);
    expect(overdue).toMatchObject({ status: 'PAST_DUE', isMember: true, currentPeriodStart: new Date(t1 * 1000).toISOString() });
    expect(await mailKinds(fanP)).toEqual(['membership_payment_failed', 'membership_welcome']);
    const { mailOutbox } = dataOf(await graph(OUTBOX, { to: fanP.email }, as(admin)));
    expect(mailOutbox.edges.find((e: any) => e.node.kind === 'membership_payment_failed').node.text).toContain('€10.00');

    const t2 = t1 + 2 * DAY;
    await deliver(fake.invoiceEvent('invoice.paid', subscription.id, { at: t2 }), fake.subscriptionEvent('customer.subscription.updated', subscription.id, { status: 'active' }, t2));
    const recovered = await membershipOf(fanP);
    expect(recovered).toMatchObject({ status: 'ACTIVE', isMember: true });
    expect(recovered.payments.map((p: any) => p.amountCents)).toEqual([1000, 1000]);

    await deliver(lateFailure);
    expect((await membershipOf(fanP)).status).toBe('ACTIVE');
    expect(await mailKinds(fanP)).toEqual(['membership_payment_failed', 'membership_payment_recovered', 'membership_welcome']);
    expect((await historyOf(as(admin), fanP.id)).map((row: any) => [row.reason, row.status, row.mrrDeltaCents])).toEqual([
      ['NEW', 'ACTIVE', 1000],
      ['PAYMENT_FAILED', 'PAST_DUE', 0],
      ['PAYMENT_RECOVERED', 'ACTIVE', 0],
    ]);
  });

  it('texts a failed payment only to a member who agreed to texts', async () => {
    const texts = async (phone: string) =>
      dataOf(await graph(SMS_OUTBOX, { to: phone }, as(admin))).smsOutbox.edges.map((e: any) => e.node).filter((sms: any) => sms.kind === 'NOTICE');
    const consenting = await fan('Texty Member');
    const silent = await fan('Quiet Member');
    const [yes, no] = [uniquePhone(), uniquePhone()];
    dataOf(await graph(SIGN_UP, { input: { name: 'Texty Member', email: consenting.email, phone: yes, consentSms: true } }, { url: isolated.server.url }));
    dataOf(await graph(SIGN_UP, { input: { name: 'Quiet Member', email: silent.email, phone: no, consentSms: false } }, { url: isolated.server.url }));

    for (const user of [consenting, silent]) {
      const t0 = now() - 40 * DAY;
      const { subscription, created } = await subscribed(user, plan, t0);
      await deliver(created);
      const t1 = t0 + 30 * DAY;
      await deliver(
        fake.subscriptionEvent('customer.subscription.updated', subscription.id, { status: 'past_due', period: [t1, t1 + 30 * DAY] }, t1),
        fake.invoiceEvent('invoice.payment_failed', subscription.id, { at: t1 }),
      );
      expect((await membershipOf(user)).status).toBe('PAST_DUE');
    }
    const [text] = await texts(yes);
    expect(text).toMatchObject({ toPhone: yes });
    expect(text.body).toBe(`Matchday: the €10.00 payment for your Supporter membership failed. We will retry; please check your card: ${isolated.server.url}/membership`);
    expect(await texts(yes)).toHaveLength(1);
    expect(await texts(no)).toEqual([]);
  });

  it('cancels at period end through the Stripe portal: a member until Stripe ends it; coming back reuses the Stripe customer', async () => {
    const fanC = await fan();
    const t0 = now() - 600;
    const { subscription, created } = await subscribed(fanC, plan, t0);
    await deliver(created);

    const portal = dataOf(await graph(OPEN_BILLING_PORTAL, {}, as(fanC))).openBillingPortal;
    expect(portal).toMatch(new RegExp(`^${fake.url}/portal/bps_`));
    expect(fake.requests.filter((r) => r.path === '/v1/billing_portal/sessions').at(-1)!.body).toEqual({ customer: subscription.customer, return_url: `${isolated.server.url}/membership` });
    expect(errorOf(await graph(`mutation { setTestMembershipCancelAtPeriodEnd(cancel: true) { status } }`, {}, as(fanC))).extensions?.code).toBe('FORBIDDEN');

    await deliver(fake.subscriptionEvent('customer.subscription.updated', subscription.id, { cancel_at_period_end: true, canceled_at: t0 + 60 }, t0 + 60));
    expect(await membershipOf(fanC)).toMatchObject({ status: 'ACTIVE', cancelAtPeriodEnd: true, isMember: true });
    await deliver(fake.subscriptionEvent('customer.subscription.deleted', subscription.id, {}, t0 + 120));
    expect(await membershipOf(fanC)).toMatchObject({ status: 'CANCELED', isMember: false });

    const again = await subscribed(fanC, plan);
    await deliver(again.created);
    expect(again.subscription.customer).toBe(subscription.customer);
    expect(fake.requests.filter((r) => r.path === '/v1/customers' && r.body.metadata?.userId === fanC.id)).toHaveLength(1);
    expect((await historyOf(as(admin), fanC.id)).map((row: any) => row.reason)).toEqual(['NEW', 'CANCEL_SCHEDULED', 'CANCELED', 'REACTIVATED']);
  });

  it('sees a plan switched in the Stripe portal from the subscription\'s new price', async () => {
    const gold = await createPlan(as(admin), { name: 'Gold', monthlyPriceCents: 3000, yearlyPriceCents: 30000 });
    const fanS = await fan();
    const t0 = now() - 600;
    const { subscription, created } = await subscribed(fanS, plan, t0);
    await deliver(created);
    const yearly = gold.prices.find((p: any) => p.interval === 'YEAR').stripePriceId;
    await deliver(fake.subscriptionEvent('customer.subscription.updated', subscription.id, { price: yearly, period: [t0 + 60, t0 + 60 + 365 * DAY] }, t0 + 60));
    expect(await membershipOf(fanS)).toMatchObject({ status: 'ACTIVE', interval: 'YEAR', amountCents: 30000, plan: { name: 'Gold' } });
    // 30000 a year is 2500 a month, 1500 more than the 1000 a month of before.
    expect((await historyOf(as(admin), fanS.id)).at(-1)).toMatchObject({ reason: 'PLAN_CHANGED', mrrCents: 2500, mrrDeltaCents: 1500 });
  });

  it("reminds a trialing member once that the trial ends, however often Stripe says so", async () => {
    const trialPlan = await createPlan(as(admin), { monthlyPriceCents: 500, yearlyPriceCents: null, trialDays: 7 });
    const fanT = await fan();
    const { subscription, created } = await subscribed(fanT, trialPlan);
    await deliver(created);
    await deliver(fake.trialWillEnd(subscription.id), fake.trialWillEnd(subscription.id));
    expect(await mailKinds(fanT)).toEqual(['membership_trial_ending', 'membership_welcome']);
  });

  it('ignores subscriptions that are not Matchday memberships', async () => {
    const foreign = {
      id: 'evt_foreign_subscription',
      object: 'event',
      type: 'customer.subscription.created',
      created: now(),
      data: {
        object: {
          id: 'sub_not_ours',
          object: 'subscription',
          customer: 'cus_not_ours',
          status: 'active',
          metadata: {},
          cancel_at_period_end: false,
          items: { data: [{ price: { id: 'price_not_ours', currency: 'usd', unit_amount: 100, recurring: { interval: 'month' } }, quantity: 1, current_period_start: now(), current_period_end: now() + 30 * DAY }] },
        },
      },
    } as unknown as Stripe.Event;
    const count = async () => dataOf(await graph(`query { memberships(first: 1) { totalCount } }`, {}, as(admin))).memberships.totalCount;
    const before = await count();
    await deliver(foreign);
    expect(await count()).toBe(before);
    const { membershipHistory } = dataOf(await graph(`query { membershipHistory(first: 100) { edges { node { source } } } }`, {}, as(admin)));
    expect(membershipHistory.edges.map((e: any) => e.node.source)).not.toContain('stripe:evt_foreign_subscription');
  });
});
