import { isUUID } from 'class-validator';
import type { Config } from '../../config';
import { badInput, conflict, notFound } from '../../graphql/errors';
import type { Logger } from '../../infra/logger';
import type { BillingGateway } from '../../integrations/stripe/billing-gateway';
import type { Viewer } from '../auth/viewer.service';
import { BillingInterval, MEMBER_STATUSES, MembershipProvider } from './membership-enums';
import { MembershipCheckoutStatus, type MembershipCheckout } from './membership-checkout.entity';
import type { MembershipsService } from './memberships.service';
import type { PlansService } from './plans.service';

/** Stripe keeps a Checkout Session open for 24 hours; ours closes a little earlier. */
const CHECKOUT_HOURS = 23;
/** A second click reuses an open checkout that can still be paid for at least this long. */
const REUSE_MARGIN_MS = 30 * 60_000;

/**
 * startMembershipCheckout: the fan picks a plan and an interval and gets where to pay: a Stripe
 * Checkout Session in subscription mode for their own Stripe customer (created on their first
 * checkout), or the TEST MODE page. A free trial is for first-time members only. Nothing changes
 * until the payment is reported (webhook, or the TEST MODE page).
 */
export class StartMembershipCheckoutHandler {
  constructor(
    private readonly config: Config,
    private readonly plans: PlansService,
    private readonly memberships: MembershipsService,
    private readonly billing: BillingGateway,
    private readonly log: Logger,
  ) {}

  async run(viewer: Viewer, planId: string, interval: BillingInterval): Promise<MembershipCheckout> {
    const user = viewer.user;
    if (!isUUID(planId)) throw badInput('planId', 'planId must be a plan id.');
    const plan = await this.plans.findById(planId);
    if (!plan) throw notFound('Plan');
    if (!plan.active) throw conflict('This plan is no longer offered; choose another one.', 'planId');
    const price = await this.plans.currentPrice(plan.id, interval);
    if (!price) throw badInput('interval', `"${plan.name}" is not offered ${interval === BillingInterval.YEAR ? 'yearly' : 'monthly'}.`);
    const current = await this.memberships.currentOf(user.id);
    if (current && MEMBER_STATUSES.includes(current.status)) {
      throw conflict('You are already a member. To switch plan or cancel, open the billing portal (openBillingPortal).');
    }

    const reusable = await this.memberships.findReusableCheckout(user.id, price.id, new Date(Date.now() + REUSE_MARGIN_MS));
    if (reusable) return reusable;

    const trialDays = plan.trialDays > 0 && !(await this.memberships.hadMembership(user.id)) ? plan.trialDays : 0;
    const stripe = this.billing.mode === 'stripe';
    const [stripeCustomerId, stripePriceId] = stripe ? await Promise.all([this.customerOf(user), this.plans.stripePriceIdOf(price)]) : [null, null];
    const checkout = await this.memberships.createCheckout({
      userId: user.id,
      planId: plan.id,
      priceId: price.id,
      interval,
      amountCents: price.amountCents,
      currency: price.currency,
      trialDays,
      provider: stripe ? MembershipProvider.STRIPE : MembershipProvider.TEST,
      status: MembershipCheckoutStatus.OPEN,
      expiresAt: new Date(Date.now() + CHECKOUT_HOURS * 3600_000),
    });
    try {
      const page = await this.billing.createSubscriptionCheckout({
        checkoutId: checkout.id,
        userId: user.id,
        planId: plan.id,
        stripeCustomerId,
        stripePriceId,
        trialDays,
        successUrl: `${this.config.publicUrl}/membership?checkout=success`,
        cancelUrl: `${this.config.publicUrl}/membership?checkout=cancelled`,
      });
      await this.memberships.updateCheckout(checkout.id, { paymentUrl: page.url, stripeCheckoutSessionId: page.sessionId });
      return Object.assign(checkout, { paymentUrl: page.url, stripeCheckoutSessionId: page.sessionId });
    } catch (err) {
      this.log.error({ err, checkoutId: checkout.id }, 'Could not open a membership checkout page');
      await this.memberships.updateCheckout(checkout.id, { status: MembershipCheckoutStatus.ABANDONED });
      throw new Error('The payment provider could not be reached', { cause: err });
    }
  }

  /** The fan's Stripe customer, created on their first checkout (idempotent per fan at Stripe too). */
  private async customerOf(user: Viewer['user']): Promise<string> {
    const known = await this.memberships.stripeCustomerOf(user.id);
    if (known) return known;
    const created = await this.billing.createCustomer({ id: user.id, email: user.email, name: user.name });
    if (!created) throw new Error('Stripe did not return a customer');
    return this.memberships.linkStripeCustomer(user.id, created);
  }
}
