import { auditEntries } from '../support/accounts';
import { dataOf, errorOf, graph } from '../support/graph';
import {
  ADMIN_PLANS,
  ARCHIVE_PLAN,
  COMPLETE_TEST_MEMBERSHIP_CHECKOUT,
  CREATE_PLAN,
  createPlan,
  joinInTestMode,
  MY_MEMBERSHIP,
  planInput,
  PLANS,
  RESTORE_PLAN,
  START_MEMBERSHIP_CHECKOUT,
  UPDATE_PLAN,
} from '../support/memberships';
import { createUser, type TestUser } from '../support/test-users';

const PLAN = `query($id: ID!) { plan(id: $id) { id name active } }`;

describe('membership plans', () => {
  let admin: TestUser;
  let fan: TestUser;

  beforeAll(async () => {
    admin = await createUser('ADMIN');
    fan = await createUser('FAN');
  });

  it('lets an admin create a plan that fans then see, with its prices (TEST MODE: nothing in Stripe)', async () => {
    const created = dataOf(await graph(CREATE_PLAN, { input: planInput({ name: '  Supporter  ', monthlyPriceCents: 500, yearlyPriceCents: 5000, trialDays: 14 }) }, admin)).createPlan;
    expect(created).toMatchObject({ name: 'Supporter', monthlyPriceCents: 500, yearlyPriceCents: 5000, currency: 'EUR', trialDays: 14, active: true, archivedAt: null, stripeProductId: null });
    expect(created.prices.map((p: any) => [p.interval, p.amountCents, p.active, p.stripePriceId]).sort()).toEqual([
      ['MONTH', 500, true, null],
      ['YEAR', 5000, true, null],
    ]);

    const anonymous = dataOf(await graph(PLANS)).plans;
    expect(anonymous.find((p: any) => p.id === created.id)).toMatchObject({ name: 'Supporter', perks: 'Member presale\nMember prices' });
    const [entry] = await auditEntries(admin.token, 'plan.created', created.id);
    expect(entry).toMatchObject({ actorId: admin.id, details: { name: 'Supporter' } });
  });

  it('offers a plan monthly only, and refuses a plan without a price or with bad values, naming the field', async () => {
    const monthly = await createPlan(admin, { yearlyPriceCents: null });
    expect(monthly).toMatchObject({ monthlyPriceCents: 1000, yearlyPriceCents: null });
    const yearlyCheckout = errorOf(await graph(START_MEMBERSHIP_CHECKOUT, { planId: monthly.id, interval: 'YEAR' }, fan));
    expect(yearlyCheckout.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'interval' });
    expect(yearlyCheckout.message).toContain('not offered yearly');

    const cases: [Record<string, unknown>, string][] = [
      [{ monthlyPriceCents: null, yearlyPriceCents: null }, 'monthlyPriceCents'],
      [{ monthlyPriceCents: 0 }, 'monthlyPriceCents'],
      [{ currency: 'eur' }, 'currency'],
      [{ trialDays: 400 }, 'trialDays'],
      [{ name: '' }, 'name'],
    ];
    for (const [overrides, field] of cases) {
      const error = errorOf(await graph(CREATE_PLAN, { input: planInput(overrides) }, admin));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('keeps what members pay when a price changes: a new price for new members, the old one retired', async () => {
    const plan = await createPlan(admin, { monthlyPriceCents: 800, yearlyPriceCents: 8000 });
    const member = await createUser('FAN');
    expect(await joinInTestMode(member, plan.id)).toMatchObject({ status: 'ACTIVE', amountCents: 800 });

    const updated = dataOf(await graph(UPDATE_PLAN, { id: plan.id, input: planInput({ name: 'Renamed', monthlyPriceCents: 900, yearlyPriceCents: 8000, trialDays: 7 }) }, admin)).updatePlan;
    expect(updated).toMatchObject({ name: 'Renamed', monthlyPriceCents: 900, yearlyPriceCents: 8000, trialDays: 7 });
    const monthlyPrices = updated.prices.filter((p: any) => p.interval === 'MONTH').map((p: any) => [p.amountCents, p.active]);
    expect(monthlyPrices).toEqual([
      [900, true],
      [800, false],
    ]);
    expect(updated.prices.filter((p: any) => p.interval === 'YEAR')).toHaveLength(1);

    // The member still pays what they joined at; a new member pays the new price.
    expect(dataOf(await graph(MY_MEMBERSHIP, {}, member)).myMembership).toMatchObject({ amountCents: 800, plan: { name: 'Renamed' } });
    const newcomer = await createUser('FAN');
    const checkout = dataOf(await graph(START_MEMBERSHIP_CHECKOUT, { planId: plan.id, interval: 'MONTH' }, newcomer)).startMembershipCheckout;
    expect(checkout).toMatchObject({ amountCents: 900, trialDays: 7 });

    const currency = errorOf(await graph(UPDATE_PLAN, { id: plan.id, input: planInput({ currency: 'GBP' }) }, admin));
    expect(currency.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect(errorOf(await graph(UPDATE_PLAN, { id: '00000000-0000-4000-8000-000000000000', input: planInput() }, admin)).extensions?.code).toBe('NOT_FOUND');
  });

  it('archives a plan: no longer offered, its members keep their membership; restoring offers it again', async () => {
    const plan = await createPlan(admin);
    const member = await createUser('FAN');
    await joinInTestMode(member, plan.id);
    const late = await createUser('FAN');
    const openCheckout = dataOf(await graph(START_MEMBERSHIP_CHECKOUT, { planId: plan.id, interval: 'MONTH' }, late)).startMembershipCheckout;

    const archived = dataOf(await graph(ARCHIVE_PLAN, { id: plan.id }, admin)).archivePlan;
    expect(archived.active).toBe(false);
    expect(archived.archivedAt).not.toBeNull();
    expect(dataOf(await graph(ARCHIVE_PLAN, { id: plan.id }, admin)).archivePlan.archivedAt).toBe(archived.archivedAt);

    expect(dataOf(await graph(PLANS)).plans.some((p: any) => p.id === plan.id)).toBe(false);
    expect(dataOf(await graph(PLAN, { id: plan.id })).plan).toMatchObject({ id: plan.id, active: false });
    const admins = dataOf(await graph(ADMIN_PLANS, {}, admin)).adminPlans;
    expect(admins.find((p: any) => p.id === plan.id)).toMatchObject({ active: false, memberCount: 1 });
    expect(dataOf(await graph(MY_MEMBERSHIP, {}, member)).myMembership).toMatchObject({ status: 'ACTIVE', isMember: true, plan: { id: plan.id } });

    const refused = errorOf(await graph(START_MEMBERSHIP_CHECKOUT, { planId: plan.id, interval: 'MONTH' }, fan));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', field: 'planId' });
    // A checkout opened before the plan was archived still completes: the fan was offered it.
    expect(dataOf(await graph(COMPLETE_TEST_MEMBERSHIP_CHECKOUT, { checkoutId: openCheckout.id, outcome: 'COMPLETED' }, late)).completeTestMembershipCheckout.status).toBe('COMPLETED');
    expect(dataOf(await graph(MY_MEMBERSHIP, {}, late)).myMembership).toMatchObject({ status: 'ACTIVE', plan: { id: plan.id } });

    expect(dataOf(await graph(RESTORE_PLAN, { id: plan.id }, admin)).restorePlan).toMatchObject({ active: true, archivedAt: null });
    expect(dataOf(await graph(PLANS)).plans.some((p: any) => p.id === plan.id)).toBe(true);
    expect((await auditEntries(admin.token, 'plan.archived', plan.id)).length).toBe(1);
  });

  it('lets only admins manage plans: fans are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const plan = await createPlan(admin);
    const calls: [string, Record<string, unknown>][] = [
      [CREATE_PLAN, { input: planInput() }],
      [UPDATE_PLAN, { id: plan.id, input: planInput() }],
      [ARCHIVE_PLAN, { id: plan.id }],
      [RESTORE_PLAN, { id: plan.id }],
      [ADMIN_PLANS, {}],
      [`query { plans { id prices { id } } }`, {}],
      [`query { plans { id memberCount } }`, {}],
    ];
    for (const [document, variables] of calls) {
      expect(errorOf(await graph(document, variables, fan)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await graph(document, variables)).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(dataOf(await graph(PLAN, { id: plan.id })).plan.active).toBe(true);
  });
});
