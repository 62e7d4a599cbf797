import type Stripe from 'stripe';
import type { BillingGateway, BillingPrice, BillingProduct, SubscriptionCheckoutRequest } from './billing-gateway';
import { MEMBERSHIP_KIND } from './billing-gateway';

/** Stripe Billing through the payment gateway's client: products, prices, customers, Checkout and the portal. */
export class StripeBilling implements BillingGateway {
  readonly mode = 'stripe' as const;

  constructor(private readonly client: Stripe) {}

  async syncProduct(product: BillingProduct): Promise<string> {
    const fields = { name: product.name, description: product.description || undefined, active: product.active };
    if (product.stripeProductId) {
      await this.client.products.update(product.stripeProductId, { ...fields, description: product.description || '' });
      return product.stripeProductId;
    }
    const created = await this.client.products.create(
      { ...fields, metadata: { kind: MEMBERSHIP_KIND, planId: product.planId } },
      // A retried create (a crash after Stripe answered) gets the same product.
      { idempotencyKey: `plan-product-${product.planId}` },
    );
    return created.id;
  }

  async createPrice(price: BillingPrice): Promise<string> {
    const created = await this.client.prices.create(
      {
        product: price.stripeProductId,
        currency: price.currency.toLowerCase(),
        unit_amount: price.amountCents,
        recurring: { interval: price.interval },
        metadata: { kind: MEMBERSHIP_KIND, planId: price.planId, priceId: price.priceId },
      },
      { idempotencyKey: `plan-price-${price.priceId}` },
    );
    return created.id;
  }

  async deactivatePrice(stripePriceId: string): Promise<void> {
    await this.client.prices.update(stripePriceId, { active: false });
  }

  async createCustomer(user: { id: string; email: string; name: string }): Promise<string> {
    const customer = await this.client.customers.create(
      { email: user.email, name: user.name, metadata: { kind: MEMBERSHIP_KIND, userId: user.id } },
      { idempotencyKey: `customer-${user.id}` },
    );
    return customer.id;
  }

  async createSubscriptionCheckout(request: SubscriptionCheckoutRequest): Promise<{ sessionId: string; url: string }> {
    if (!request.stripeCustomerId || !request.stripePriceId) throw new Error('A Stripe checkout needs a Stripe customer and price');
    const metadata = { kind: MEMBERSHIP_KIND, checkoutId: request.checkoutId, userId: request.userId, planId: request.planId };
    const session = await this.client.checkout.sessions.create(
      {
        mode: 'subscription',
        customer: request.stripeCustomerId,
        client_reference_id: request.checkoutId,
        line_items: [{ price: request.stripePriceId, quantity: 1 }],
        // Copied onto the subscription (and its invoices), which is how its webhooks find the fan.
        subscription_data: { metadata, ...(request.trialDays > 0 ? { trial_period_days: request.trialDays } : {}) },
        metadata,
        success_url: request.successUrl,
        cancel_url: request.cancelUrl,
      },
      { idempotencyKey: `membership-checkout-${request.checkoutId}` },
    );
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`);
    return { sessionId: session.id, url: session.url };
  }

  async createPortalSession(stripeCustomerId: string | null, returnUrl: string): Promise<string> {
    if (!stripeCustomerId) throw new Error('This membership has no Stripe customer');
    const session = await this.client.billingPortal.sessions.create({ customer: stripeCustomerId, return_url: returnUrl });
    return session.url;
  }
}
