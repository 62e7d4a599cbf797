import crypto from 'node:crypto';
import { dataOf, graph, type CallOptions } from './graph';

/** GraphQL documents and fixtures shared by the membership and business-metrics suites. */

export const PLAN_FIELDS = 'id name description perks currency monthlyPriceCents yearlyPriceCents trialDays active archivedAt';
export const CREATE_PLAN = `mutation($input: PlanInput!) { createPlan(input: $input) { ${PLAN_FIELDS} stripeProductId prices { id interval amountCents currency stripePriceId active } } }`;
export const UPDATE_PLAN = `mutation($id: ID!, $input: PlanInput!) { updatePlan(id: $id, input: $input) { ${PLAN_FIELDS} stripeProductId prices { id interval amountCents currency stripePriceId active } } }`;
export const ARCHIVE_PLAN = `mutation($id: ID!) { archivePlan(id: $id) { ${PLAN_FIELDS} } }`;
export const RESTORE_PLAN = `mutation($id: ID!) { restorePlan(id: $id) { ${PLAN_FIELDS} } }`;
export const PLANS = `query { plans { ${PLAN_FIELDS} } }`;
export const ADMIN_PLANS = `query { adminPlans { ${PLAN_FIELDS} memberCount } }`;

export const START_MEMBERSHIP_CHECKOUT = `mutation($planId: ID!, $interval: BillingInterval!) {
  startMembershipCheckout(planId: $planId, interval: $interval) { id status interval amountCents currency trialDays paymentUrl testMode expiresAt plan { id name } }
}`;
export const COMPLETE_TEST_MEMBERSHIP_CHECKOUT = `mutation($checkoutId: ID!, $outcome: TestCheckoutOutcome!) {
  completeTestMembershipCheckout(checkoutId: $checkoutId, outcome: $outcome) { id status membershipId completedAt paymentUrl }
}`;
export const MEMBERSHIP_FIELDS = `id status interval amountCents currency currentPeriodStart currentPeriodEnd cancelAtPeriodEnd trialEndsAt canceledAt endedAt startedAt isMember testMode
  plan { id name } payments { amountCents currency paidAt testMode }`;
export const MY_MEMBERSHIP = `query { myMembership { ${MEMBERSHIP_FIELDS} } }`;
export const OPEN_BILLING_PORTAL = `mutation { openBillingPortal }`;
export const HISTORY = `query($userId: ID, $membershipId: ID) {
  membershipHistory(userId: $userId, membershipId: $membershipId, first: 100) {
    totalCount edges { node { reason status previousStatus planId interval amountCents currency mrrCents mrrDeltaCents cancelAtPeriodEnd source occurredAt } }
  }
}`;

export function planInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Plan ${crypto.randomUUID().slice(0, 8)}`,
    description: 'A test plan.',
    perks: 'Member presale\nMember prices',
    monthlyPriceCents: 1000,
    yearlyPriceCents: 10000,
    currency: 'EUR',
    trialDays: 0,
    ...overrides,
  };
}

export async function createPlan(admin: CallOptions, overrides: Record<string, unknown> = {}) {
  return dataOf(await graph(CREATE_PLAN, { input: planInput(overrides) }, admin)).createPlan;
}

export async function startMembershipCheckout(fan: CallOptions, planId: string, interval: 'MONTH' | 'YEAR' = 'MONTH') {
  return dataOf(await graph(START_MEMBERSHIP_CHECKOUT, { planId, interval }, fan)).startMembershipCheckout;
}

/** A fan becomes a member through the TEST MODE checkout page, as the app does it. */
export async function joinInTestMode(fan: CallOptions, planId: string, interval: 'MONTH' | 'YEAR' = 'MONTH') {
  const checkout = await startMembershipCheckout(fan, planId, interval);
  dataOf(await graph(COMPLETE_TEST_MEMBERSHIP_CHECKOUT, { checkoutId: checkout.id, outcome: 'COMPLETED' }, fan));
  return dataOf(await graph(MY_MEMBERSHIP, {}, fan)).myMembership;
}

export async function historyOf(admin: CallOptions, userId: string) {
  const { membershipHistory } = dataOf(await graph(HISTORY, { userId }, admin));
  // Oldest first reads like a story.
  return membershipHistory.edges.map((edge: { node: any }) => edge.node).reverse();
}
