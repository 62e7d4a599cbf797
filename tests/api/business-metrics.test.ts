import { parse } from 'csv-parse/sync';
import type Stripe from 'stripe';
import { eventually } from '../support/eventually';
import { dataOf, errorOf, graph, type CallOptions } from '../support/graph';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import { createPlan, startMembershipCheckout } from '../support/memberships';
import { checkoutInput, publishedEvent, START_CHECKOUT } from '../support/ticketing';
import { createUser, type TestUser } from '../support/test-users';
import { sendWebhook, startFakeStripe, type FakeStripe } from '../fakes/stripe-server';

const WEBHOOK_SECRET = 'whsec_test_matchday_metrics';
const METRICS = `query($from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {
  businessMetrics(from: $from, to: $to, currency: $currency) {
    currency currencies mrrCents arrCents activeMembers payingMembers churnRate
    trialsEnded trialsConverted trialConversionRate signups signupsBecameMembers signupConversionRate
    ticketRevenueCents membershipRevenueCents leadsCollected leadsPerDay { day start end leads signups imported }
    membersByPlan { plan { name } interval currency members trialing paying mrrCents }
    months { month start end newMembers reactivatedMembers canceledMembers payingMembersAtStart churnedPayingMembers churnRate membersAtEnd mrrCentsAtEnd
      ticketSalesCents ticketRefundsCents ticketRevenueCents membershipRevenueCents }
    explanations { figure title explanation }
  }
}`;
const EXPORT = `mutation($figure: BusinessFigure!, $from: DateTimeISO!, $to: DateTimeISO!) { startBusinessMetricsExport(figure: $figure, from: $from, to: $to) { id kind state } }`;
const JOB = `query($id: ID!) { job(id: $id) { state message resultUrl } }`;
const at = (iso: string) => Date.parse(iso) / 1000;
const DAY = 24 * 3600;

/**
 * The fixture: six fans over the first quarter of 2025, told to Matchday as Stripe would tell it
 * (signed webhooks made at those times). Plans: Basic 1000/month or 12000/year, Plus 2500/month or
 * 24000/year, Club 900/month with a 14-day trial. The expected figures below are worked out by hand.
 */
describe('business metrics, checked against a hand-computed fixture', () => {
  let fake: FakeStripe;
  let isolated: IsolatedServer;
  let admin: TestUser;
  let fan: TestUser;
  const as = (user: TestUser): CallOptions => ({ token: user.token, url: isolated.server.url });
  const metrics = async (from: string, to: string, user: TestUser = admin) => dataOf(await graph(METRICS, { from, to }, as(user))).businessMetrics;

  async function deliver(...events: Stripe.Event[]) {
    for (const event of events) expect((await sendWebhook(isolated.server.url, event, WEBHOOK_SECRET)).status).toBe(200);
  }

  async function subscribe(user: TestUser, planId: string, interval: 'MONTH' | 'YEAR', when: string) {
    const checkout = await startMembershipCheckout(as(user), planId, interval);
    const { subscription, created, invoicePaid } = fake.subscribe(fake.sessionOfMembershipCheckout(checkout.id)!.id, at(when));
    await deliver(created, invoicePaid);
    return subscription.id;
  }

  beforeAll(async () => {
    fake = await startFakeStripe();
    // A database of its own, so the figures count only this fixture.
    isolated = await startIsolatedServer({ STRIPE_SECRET_KEY: 'sk_test_matchday_metrics', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: fake.url });
    admin = await createUser('ADMIN', 'Metrics Admin', isolated.server.url);
    fan = await createUser('FAN', 'Curious Fan', isolated.server.url);
    const basic = await createPlan(as(admin), { name: 'Basic', monthlyPriceCents: 1000, yearlyPriceCents: 12000 });
    const plus = await createPlan(as(admin), { name: 'Plus', monthlyPriceCents: 2500, yearlyPriceCents: 24000 });
    const club = await createPlan(as(admin), { name: 'Club', monthlyPriceCents: 900, yearlyPriceCents: null, trialDays: 14 });
    const [a, b, c, d, e, f] = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F'].map((name) => createUser('FAN', `Fan ${name}`, isolated.server.url)));

    const subA = await subscribe(a, basic.id, 'MONTH', '2025-01-05T10:00:00Z'); // +1000, paid 1000
    const subB = await subscribe(b, plus.id, 'YEAR', '2025-01-10T10:00:00Z'); // +24000/12 = +2000, paid 24000
    const subC = await subscribe(c, plus.id, 'MONTH', '2025-01-20T10:00:00Z'); // +2500, paid 2500
    const subD = await subscribe(d, club.id, 'MONTH', '2025-02-01T10:00:00Z'); // trial: +0
    const subE = await subscribe(e, club.id, 'MONTH', '2025-02-03T10:00:00Z'); // trial: +0
    const feb15 = at('2025-02-15T10:00:00Z');
    await deliver(
      fake.subscriptionEvent('customer.subscription.updated', subD, { status: 'active', period: [feb15, feb15 + 30 * DAY] }, feb15), // D converts: +900
      fake.invoiceEvent('invoice.paid', subD, { at: feb15 }), // paid 900
      fake.subscriptionEvent('customer.subscription.deleted', subE, {}, at('2025-02-17T10:00:00Z')), // E's trial ends unpaid: +0, not churn
      fake.subscriptionEvent('customer.subscription.updated', subA, { cancel_at_period_end: true }, at('2025-02-20T09:00:00Z')), // A will end: still counts
    );
    const feb19 = at('2025-02-19T10:00:00Z');
    await deliver(
      fake.subscriptionEvent('customer.subscription.updated', subC, { status: 'past_due', period: [feb19, feb19 + 30 * DAY] }, at('2025-02-20T10:00:00Z')), // still counts
      fake.invoiceEvent('invoice.payment_failed', subC, { at: at('2025-02-20T10:00:00Z') }),
      fake.invoiceEvent('invoice.paid', subC, { at: at('2025-02-22T10:00:00Z') }), // paid 2500
      fake.subscriptionEvent('customer.subscription.updated', subC, { status: 'active' }, at('2025-02-22T10:00:00Z')),
      fake.subscriptionEvent('customer.subscription.deleted', subA, {}, at('2025-03-05T10:00:00Z')), // A ends: −1000, churn
      fake.subscriptionEvent('customer.subscription.updated', subB, { price: basic.prices.find((p: any) => p.interval === 'YEAR').stripePriceId }, at('2025-03-10T10:00:00Z')), // 2000 -> 1000: −1000
    );
    await subscribe(f, basic.id, 'MONTH', '2025-03-12T10:00:00Z'); // +1000, paid 1000
    await subscribe(a, basic.id, 'MONTH', '2025-03-20T10:00:00Z'); // A comes back: +1000, paid 1000
    await deliver(fake.subscriptionEvent('customer.subscription.deleted', subC, {}, at('2025-03-25T10:00:00Z'))); // C ends: −2500, churn
  });

  afterAll(async () => {
    await isolated?.stop();
    await fake?.close();
  });

  it('computes MRR, members, churn, conversions and revenue for the quarter', async () => {
    const q1 = await metrics('2025-01-01T00:00:00Z', '2025-04-01T00:00:00Z');
    // MRR at the end: 1000 (A) + 2000 (B) + 2500 (C) + 900 (D) − 1000 (A ends) − 1000 (B to Basic yearly) + 1000 (F) + 1000 (A again) − 2500 (C ends) = 3900.
    expect(q1).toMatchObject({ currency: 'EUR', currencies: ['EUR'], mrrCents: 3900, arrCents: 46800, activeMembers: 4, payingMembers: 4 });
    // Churn: paying members at the start of Jan, Feb, Mar were 0, 3 (A B C), 4 (A B C D); paying members who ended: 0, 0 (E was trialing), 2 (A, C): 2 / (0 + 3 + 4) = 0.2857.
    expect(q1.churnRate).toBe(0.2857);
    // Trials that ended: D (converted) and E (did not): 1 / 2.
    expect(q1).toMatchObject({ trialsEnded: 2, trialsConverted: 1, trialConversionRate: 0.5 });
    // Every account was created today, none in this quarter.
    expect(q1).toMatchObject({ signups: 0, signupsBecameMembers: 0, signupConversionRate: null, ticketRevenueCents: 0 });
    // Paid invoices: Jan 1000 + 24000 + 2500, Feb 900 + 2500, Mar 1000 + 1000 = 32900.
    expect(q1.membershipRevenueCents).toBe(32900);
    // At the end: F and A on Basic monthly, B on Basic yearly (12000 / 12 = 1000), D on Club.
    expect(q1.membersByPlan.map((p: any) => [p.plan.name, p.interval, p.members, p.trialing, p.paying, p.mrrCents]).sort()).toEqual([
      ['Basic', 'MONTH', 2, 0, 2, 2000],
      ['Basic', 'YEAR', 1, 0, 1, 1000],
      ['Club', 'MONTH', 1, 0, 1, 900],
    ]);
    const month = (m: any) => [m.month, m.newMembers, m.reactivatedMembers, m.canceledMembers, m.payingMembersAtStart, m.churnedPayingMembers, m.churnRate, m.membersAtEnd, m.mrrCentsAtEnd, m.membershipRevenueCents];
    expect(q1.months.map(month)).toEqual([
      // Jan: A, B, C join; MRR 1000 + 2000 + 2500.
      ['2025-01', 3, 0, 0, 0, 0, null, 3, 5500, 27500],
      // Feb: D and E start trials, E's ends; D converts (+900); members at the end A B C D.
      ['2025-02', 2, 0, 1, 3, 0, 0, 4, 6400, 3400],
      // Mar: F joins, A comes back, A and C end: churn 2 / 4.
      ['2025-03', 1, 1, 2, 4, 2, 0.5, 4, 3900, 2000],
    ]);
    expect(q1.months[0]).toMatchObject({ start: '2025-01-01T00:00:00.000Z', end: '2025-02-01T00:00:00.000Z' });
    expect(q1.explanations.map((e: any) => e.figure).sort()).toEqual(
      ['ACTIVE_MEMBERS', 'ARR', 'CHURN_RATE', 'LEADS_PER_DAY', 'MEMBERSHIP_REVENUE', 'MEMBERS_BY_PLAN', 'MEMBER_MOVEMENTS', 'MRR', 'SIGNUP_CONVERSION', 'TICKET_REVENUE', 'TRIAL_CONVERSION'],
    );
    // 31 + 28 + 31 days, none with a lead.
    expect(q1.leadsPerDay).toHaveLength(90);
    expect(q1.leadsPerDay[89]).toEqual({ day: '2025-03-31', start: '2025-03-31T00:00:00.000Z', end: '2025-04-01T00:00:00.000Z', leads: 0, signups: 0, imported: 0 });
    expect(q1.leadsCollected).toBe(0);
    expect(q1.explanations.find((e: any) => e.figure === 'CHURN_RATE').explanation).toContain('paying members at the start of the month');
  });

  it('clips the first and last months to a range that starts and ends mid-month', async () => {
    const range = await metrics('2025-02-10T00:00:00Z', '2025-03-15T00:00:00Z');
    // MRR on 15 March: 6400 at the end of February − 1000 (A ends) − 1000 (B to Basic yearly) + 1000 (F) = 5400.
    expect(range.mrrCents).toBe(5400);
    expect(range.months.map((m: any) => [m.month, m.start, m.end, m.newMembers, m.canceledMembers, m.payingMembersAtStart, m.churnedPayingMembers, m.churnRate, m.mrrCentsAtEnd])).toEqual([
      // 10 Feb to 1 Mar: E's trial ends; paying at the start A B C (D is trialing).
      ['2025-02', '2025-02-10T00:00:00.000Z', '2025-03-01T00:00:00.000Z', 0, 1, 3, 0, 0, 6400],
      // 1 to 15 Mar: F joins, A ends: 1 of 4 paying members.
      ['2025-03', '2025-03-01T00:00:00.000Z', '2025-03-15T00:00:00.000Z', 1, 1, 4, 1, 0.25, 5400],
    ]);
    // (0 + 1) / (3 + 4) = 0.1429; D's conversion (15 Feb) and E's lapse (17 Feb) are in the range.
    expect(range).toMatchObject({ churnRate: 0.1429, trialsEnded: 2, trialsConverted: 1 });
  });

  it('counts signups that became members, and ticket sales net of refunds, as they happen', async () => {
    const since = new Date().toISOString();
    const newcomers = await Promise.all([1, 2, 3].map((n) => createUser('FAN', `Newcomer ${n}`, isolated.server.url)));
    const plan = await createPlan(as(admin), { name: 'Now', monthlyPriceCents: 1100, yearlyPriceCents: null });
    await subscribe(newcomers[0], plan.id, 'MONTH', new Date().toISOString());

    for (const name of ['Lee Lead', 'Lou Lead']) {
      dataOf(await graph(`mutation($input: LeadSignupInput!) { signUp(input: $input) { id } }`, { input: { name, email: `${name.replace(' ', '.').toLowerCase()}-${Date.now()}@example.test`, consentSms: false } }, { url: isolated.server.url }));
    }

    const event = await publishedEvent(as(admin), { capacity: 10 });
    const order = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 2 }]) }, as(newcomers[1]))).startCheckout.order;
    await deliver(fake.pay(fake.sessionOf(order.id)!.id));
    const tickets = dataOf(await graph(`query($id: ID!) { order(id: $id) { tickets { id } } }`, { id: order.id }, as(admin))).order.tickets;
    dataOf(await graph(`mutation($orderId: ID!, $ticketIds: [ID!]) { refundOrder(orderId: $orderId, ticketIds: $ticketIds) { id } }`, { orderId: order.id, ticketIds: [tickets[0].id] }, as(admin)));

    const now = await metrics(since, new Date(Date.now() + 3600_000).toISOString());
    // Three accounts were created in the range; one of them became a member: 1 / 3.
    expect(now).toMatchObject({ signups: 3, signupsBecameMembers: 1, signupConversionRate: 0.3333 });
    // Two 25.00 tickets paid, one refunded: 5000 − 2500.
    expect(now.ticketRevenueCents).toBe(2500);
    const sum = (key: string) => now.months.reduce((total: number, m: any) => total + m[key], 0);
    expect([sum('ticketSalesCents'), sum('ticketRefundsCents'), now.membershipRevenueCents]).toEqual([5000, 2500, 1100]);
    // Two fans left their details on the signup form.
    expect(now.leadsCollected).toBe(2);
    expect(now.leadsPerDay.reduce((total: number, d: any) => total + d.signups, 0)).toBe(2);
  });

  it('exports each figure as CSV through a job with a signed download link', async () => {
    const from = '2025-01-01T00:00:00Z';
    const to = '2025-04-01T00:00:00Z';
    const download = async (figure: string) => {
      const job = dataOf(await graph(EXPORT, { figure, from, to }, as(admin))).startBusinessMetricsExport;
      expect(job).toMatchObject({ kind: 'analytics.figure_export', state: 'QUEUED' });
      const done = await eventually(async () => {
        const state = dataOf(await graph(JOB, { id: job.id }, as(admin))).job;
        return ['COMPLETED', 'FAILED'].includes(state.state) && state;
      }, `the ${figure} export`);
      expect(done.state).toBe('COMPLETED');
      return parse(await (await fetch(done.resultUrl)).text()) as string[][];
    };
    expect(await download('CHURN_RATE')).toEqual([
      ['month', 'start', 'end', 'paying_at_start', 'churned_paying', 'churn_rate'],
      ['2025-01', '2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z', '0', '0', ''],
      ['2025-02', '2025-02-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z', '3', '0', '0'],
      ['2025-03', '2025-03-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z', '4', '2', '0.5'],
    ]);
    expect((await download('MRR')).map((row) => [row[0], row[4]])).toEqual([
      ['month', 'mrr_cents_at_end'],
      ['2025-01', '5500'],
      ['2025-02', '6400'],
      ['2025-03', '3900'],
    ]);
    const byPlan = await download('MEMBERS_BY_PLAN');
    expect(byPlan[0]).toEqual(['at', 'plan_id', 'plan', 'interval', 'currency', 'members', 'trialing', 'paying', 'mrr_cents']);
    expect(byPlan.slice(1).map((row) => [row[2], row[3], row[5], row[8]]).sort()).toEqual([
      ['Basic', 'MONTH', '2', '2000'],
      ['Basic', 'YEAR', '1', '1000'],
      ['Club', 'MONTH', '1', '900'],
    ]);
    const leads = await download('LEADS_PER_DAY');
    expect(leads[0]).toEqual(['day', 'start', 'end', 'signups', 'imported', 'leads']);
    expect(leads).toHaveLength(91);
    const bad = errorOf(await graph(EXPORT, { figure: 'MRR', from: to, to: from }, as(admin)));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('shows every admin figure to admins only: fans are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const range = { from: '2025-01-01T00:00:00Z', to: '2025-04-01T00:00:00Z' };
    const figures = ['MRR', 'ARR', 'ACTIVE_MEMBERS', 'MEMBERS_BY_PLAN', 'MEMBER_MOVEMENTS', 'CHURN_RATE', 'TRIAL_CONVERSION', 'SIGNUP_CONVERSION', 'TICKET_REVENUE', 'MEMBERSHIP_REVENUE', 'LEADS_PER_DAY'];
    const calls: [string, Record<string, unknown>][] = [
      [METRICS, range],
      [`query($from: DateTimeISO!, $to: DateTimeISO!) { businessMetrics(from: $from, to: $to) { mrrCents } }`, range],
      ...figures.map((figure): [string, Record<string, unknown>] => [EXPORT, { figure, ...range }]),
      [`query { membershipHistory { totalCount } }`, {}],
      [`query { memberships { totalCount } }`, {}],
      [`query { adminPlans { id } }`, {}],
    ];
    for (const [document, variables] of calls) {
      expect(errorOf(await graph(document, variables, as(fan))).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await graph(document, variables, { url: isolated.server.url })).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(errorOf(await graph(METRICS, { from: range.to, to: range.from }, as(admin))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
