import type Stripe from 'stripe';

/** One line of a checkout page. */
export interface CheckoutLine {
  name: string;
  description?: string;
  unitAmountCents: number;
  quantity: number;
}

export interface CheckoutRequest {
  orderId: string;
  currency: string;
  lines: CheckoutLine[];
  customerEmail: string;
  /** When our hold ends; the provider's page may live a little longer (see the Stripe adapter). */
  holdExpiresAt: Date;
  successUrl: string;
  cancelUrl: string;
}

export interface CheckoutPage {
  /** The provider's session id; null in test mode. */
  sessionId: string | null;
  url: string;
}

export interface RefundRequest {
  paymentIntentId: string;
  amountCents: number;
  /** Retrying with the same key never refunds twice. */
  idempotencyKey: string;
}

/**
 * Where money comes from and goes back to: Stripe when STRIPE_SECRET_KEY is set, otherwise the
 * built-in TEST MODE (no money moves). Both drive the same order code.
 */
export interface PaymentGateway {
  readonly mode: 'stripe' | 'test';
  createCheckout(request: CheckoutRequest): Promise<CheckoutPage>;
  /** Closes a checkout page so it can no longer be paid (best effort: a payment may already be on its way). */
  expireCheckout(sessionId: string): Promise<void>;
  refund(request: RefundRequest): Promise<{ refundId: string }>;
  /** The order a payment belongs to, from the metadata we put on it (for events that arrive before the payment's own). */
  orderIdOfPayment(paymentIntentId: string): Promise<string | null>;
  /** Verifies a webhook's signature over its raw body; throws when it does not match. */
  verifyWebhook(rawBody: Buffer, signature: string | undefined): Stripe.Event;
}
