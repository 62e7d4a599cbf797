import type { DataSource } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '../../graphql/errors';
import type { BillingGateway } from '../../integrations/stripe/billing-gateway';
import type { Viewer } from '../auth/viewer.service';
import { TestCheckoutOutcome } from '../orders/orders.types';
import { Role } from '../users/user.entity';
import type { ApplySubscriptionHandler } from './apply-subscription.handler';
import { addDays, periodEnd } from './billing-period';
import { BillingInterval, MEMBER_STATUSES, MembershipProvider, MembershipStatus } from './membership-enums';
import { MembershipCheckoutStatus, type MembershipCheckout } from './membership-checkout.entity';
import type { Membership } from './membership.entity';
import type { MembershipsService } from './memberships.service';
import type { PlansService } from './plans.service';
import type { InvoiceOutcome, RecordInvoiceHandler } from './record-invoice.handler';
import { changedSnapshot } from './subscription-snapshot';

/**
 * A paid TEST MODE invoice for one period of a subscription. Its id is made from the subscription
 * and the period, so paying the same period twice records it once.
 */
export function testPayment(
  subscription: { subscriptionId: string; userId: string; planId: string; amountCents: number; currency: string },
  start: Date,
  end: Date,
  first: boolean,
): InvoiceOutcome & { userId: string } {
  return {
    invoiceId: `test_in_${subscription.subscriptionId}_${start.getTime()}`,
    subscriptionId: subscription.subscriptionId,
    provider: MembershipProvider.TEST,
    userId: subscription.userId,
    planId: subscription.planId,
    paid: true,
    amountCents: subscription.amountCents,
    currency: subscription.currency,
    periodStart: start,
    periodEnd: end,
    first,
    observedAt: start,
    paidAt: start,
  };
}

/**
 * TEST MODE (no Stripe key): the buttons of the test checkout page and the test billing portal.
 * Each builds the picture of the subscription Stripe would have sent and hands it (and, for a
 * payment, the invoice) to the same handlers as Stripe's webhooks. Refused when Stripe is configured.
 */
export class TestMembershipHandler {
  constructor(
    private readonly db: DataSource,
    private readonly billing: BillingGateway,
    private readonly memberships: MembershipsService,
    private readonly plans: PlansService,
    private readonly apply: ApplySubscriptionHandler,
    private readonly invoices: RecordInvoiceHandler,
  ) {}

  /** The test checkout page: pay (the membership starts, a trial first when the checkout has one) or give up. */
  async completeCheckout(viewer: Viewer, checkoutId: string, outcome: TestCheckoutOutcome): Promise<MembershipCheckout> {
    this.checkTestMode();
    const visible = await this.memberships.findCheckout(checkoutId);
    if (!visible || (visible.userId !== viewer.user.id && viewer.user.role !== Role.ADMIN)) throw notFound('Membership checkout');
    if (visible.provider !== MembershipProvider.TEST) throw conflict('This checkout is not paid through the test checkout.');
    await this.db.transaction(async (manager) => {
      await this.apply.lockMember(manager, visible.userId);
      // Locked: a double click completes it once.
      const checkout = await this.memberships.lockCheckout(manager, checkoutId);
      if (!checkout || checkout.status !== MembershipCheckoutStatus.OPEN) return;
      if (outcome === TestCheckoutOutcome.ABANDONED) {
        checkout.status = MembershipCheckoutStatus.ABANDONED;
        await manager.save(checkout);
        return;
      }
      if (checkout.expiresAt <= new Date()) throw conflict('This checkout has expired; start a new one.');
      const current = await this.memberships.currentOf(checkout.userId, manager);
      if (current && MEMBER_STATUSES.includes(current.status)) throw conflict('You are already a member; this checkout was not charged.');
      const now = new Date();
      const trialEndsAt = checkout.trialDays > 0 ? addDays(now, checkout.trialDays) : null;
      const subscriptionId = `test_sub_${checkout.id}`;
      await this.apply.applyIn(
        manager,
        {
          subscriptionId,
          provider: MembershipProvider.TEST,
          userId: checkout.userId,
          planId: checkout.planId,
          interval: checkout.interval,
          amountCents: checkout.amountCents,
          currency: checkout.currency,
          status: trialEndsAt ? MembershipStatus.TRIALING : MembershipStatus.ACTIVE,
          stripeCustomerId: null,
          currentPeriodStart: now,
          currentPeriodEnd: trialEndsAt ?? periodEnd(now, checkout.interval),
          cancelAtPeriodEnd: false,
          trialEndsAt,
          canceledAt: null,
          endedAt: null,
          observedAt: now,
          checkoutId: checkout.id,
        },
        'test:checkout',
      );
      if (!trialEndsAt) {
        await this.invoices.recordIn(manager, testPayment({ ...checkout, subscriptionId }, now, periodEnd(now, checkout.interval), true), 'test:checkout');
      }
    });
    return (await this.memberships.findCheckout(checkoutId))!;
  }

  /** The test billing portal: end the membership at the end of its period, or call that off. */
  async setCancelAtPeriodEnd(viewer: Viewer, cancel: boolean): Promise<Membership> {
    return this.change(viewer, (membership, now) => {
      if (membership.cancelAtPeriodEnd === cancel) return null;
      return { cancelAtPeriodEnd: cancel, canceledAt: cancel ? now : null };
    });
  }

  /**
   * The test billing portal: another plan or interval. The new price applies from the next
   * renewal (no proration in TEST MODE); the current period is kept.
   */
  async switchPlan(viewer: Viewer, planId: string, interval: BillingInterval): Promise<Membership> {
    const plan = await this.plans.findById(planId);
    if (!plan) throw notFound('Plan');
    if (!plan.active) throw conflict('This plan is no longer offered; choose another one.', 'planId');
    const price = await this.plans.currentPrice(plan.id, interval);
    if (!price) throw badInput('interval', `"${plan.name}" is not offered ${interval === BillingInterval.YEAR ? 'yearly' : 'monthly'}.`);
    return this.change(viewer, (membership) => {
      if (price.currency !== membership.currency) throw badInput('planId', `This plan is priced in ${price.currency}; your membership is in ${membership.currency}.`);
      if (membership.planId === plan.id && membership.interval === interval && membership.amountCents === price.amountCents) return null;
      return { planId: plan.id, interval, amountCents: price.amountCents };
    });
  }

  private async change(viewer: Viewer, edit: (membership: Membership, now: Date) => Partial<Membership> | null): Promise<Membership> {
    this.checkTestMode();
    const userId = viewer.user.id;
    return this.db.transaction(async (manager) => {
      await this.apply.lockMember(manager, userId);
      const current = await this.memberships.currentOf(userId, manager);
      if (!current || !MEMBER_STATUSES.includes(current.status)) throw notFound('Membership');
      if (current.provider !== MembershipProvider.TEST) throw conflict('This membership is billed through Stripe; manage it in the Stripe billing portal.');
      const now = new Date();
      const changes = edit(current, now);
      if (!changes) return current;
      const applied = await this.apply.applyIn(manager, changedSnapshot(current, now, changes), 'test:portal');
      return applied?.membership ?? current;
    });
  }

  private checkTestMode(): void {
    if (this.billing.mode !== 'test') throw forbidden('TEST MODE is off: this server bills memberships through Stripe.');
  }
}
