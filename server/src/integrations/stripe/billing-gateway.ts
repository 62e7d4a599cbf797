/**
 * Where memberships are sold and managed: Stripe Billing when STRIPE_SECRET_KEY is set (through
 * the one Stripe client of the payment gateway), otherwise TEST MODE, whose pages are the app's
 * own and whose outcomes go through the same membership code as Stripe's webhooks.
 */

export type BillingIntervalName = 'month' | 'year';

export interface BillingProduct {
  planId: string;
  name: string;
  description: string;
  active: boolean;
  /** Null: not created in Stripe yet. */
  stripeProductId: string | null;
}

export interface BillingPrice {
  /** Our price row: its id makes creating the Stripe price idempotent. */
  priceId: string;
  planId: string;
  stripeProductId: string;
  interval: BillingIntervalName;
  amountCents: number;
  currency: string;
}

export interface SubscriptionCheckoutRequest {
  checkoutId: string;
  userId: string;
  planId: string;
  /** Null in TEST MODE. */
  stripeCustomerId: string | null;
  stripePriceId: string | null;
  trialDays: number;
  successUrl: string;
  cancelUrl: string;
}

export interface BillingGateway {
  readonly mode: 'stripe' | 'test';
  /** Creates the plan's product (idempotent per plan) or updates it; returns its id, or null in TEST MODE. */
  syncProduct(product: BillingProduct): Promise<string | null>;
  /** Creates a recurring price (idempotent per price row); returns its id, or null in TEST MODE. */
  createPrice(price: BillingPrice): Promise<string | null>;
  /** Stops offering a price to new subscribers; existing subscriptions keep it. */
  deactivatePrice(stripePriceId: string): Promise<void>;
  /** Creates the user's Stripe customer (idempotent per user); null in TEST MODE. */
  createCustomer(user: { id: string; email: string; name: string }): Promise<string | null>;
  /** A Checkout Session in subscription mode, or the TEST MODE page; the session id is null in TEST MODE. */
  createSubscriptionCheckout(request: SubscriptionCheckoutRequest): Promise<{ sessionId: string | null; url: string }>;
  /** The Stripe customer portal (cancel, switch plan, payment method), or the TEST MODE portal page. */
  createPortalSession(stripeCustomerId: string | null, returnUrl: string): Promise<string>;
}

/** Metadata that marks a Stripe object as a Matchday membership (other Stripe uses ignore it). */
export const MEMBERSHIP_KIND = 'membership';
