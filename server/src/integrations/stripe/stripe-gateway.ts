import Stripe from 'stripe';
import type { CheckoutPage, CheckoutRequest, PaymentGateway, RefundRequest } from './payment-gateway';

// Stripe refuses a Checkout Session that expires sooner than 30 minutes after it is created.
const STRIPE_MIN_SESSION_MS = 31 * 60_000;

/** Metadata that marks a Stripe object as a Matchday ticket order (other Stripe uses ignore it). */
export const TICKET_ORDER_KIND = 'ticket_order';

export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  /** A different API host (the tests' fake Stripe); unset: Stripe's own. */
  apiUrl?: string;
}

/** The real Stripe SDK: Checkout Sessions, refunds, and webhook signature checks. */
export class StripeGateway implements PaymentGateway {
  readonly mode = 'stripe' as const;
  readonly client: Stripe;

  constructor(private readonly settings: StripeSettings) {
    this.client = new Stripe(settings.secretKey, { maxNetworkRetries: 2, timeout: 20_000, appInfo: { name: 'Matchday' }, ...hostOptions(settings.apiUrl) });
  }

  async createCheckout(request: CheckoutRequest): Promise<CheckoutPage> {
    const metadata = { orderId: request.orderId, kind: TICKET_ORDER_KIND };
    const session = await this.client.checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: request.orderId,
        customer_email: request.customerEmail,
        line_items: request.lines.map((line) => ({
          quantity: line.quantity,
          price_data: {
            currency: request.currency.toLowerCase(),
            unit_amount: line.unitAmountCents,
            product_data: { name: line.name, ...(line.description ? { description: line.description } : {}) },
          },
        })),
        metadata,
        payment_intent_data: { metadata },
        expires_at: Math.ceil(Math.max(request.holdExpiresAt.getTime(), Date.now() + STRIPE_MIN_SESSION_MS) / 1000),
        success_url: request.successUrl,
        cancel_url: request.cancelUrl,
      },
      // Two requests for the same order (a retried checkout) get the same session.
      { idempotencyKey: `checkout-${request.orderId}` },
    );
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`);
    return { sessionId: session.id, url: session.url };
  }

  async expireCheckout(sessionId: string): Promise<void> {
    await this.client.checkout.sessions.expire(sessionId);
  }

  async refund(request: RefundRequest): Promise<{ refundId: string }> {
    const refund = await this.client.refunds.create(
      { payment_intent: request.paymentIntentId, amount: request.amountCents, metadata: { kind: TICKET_ORDER_KIND } },
      { idempotencyKey: request.idempotencyKey },
    );
    return { refundId: refund.id };
  }

  async orderIdOfPayment(paymentIntentId: string): Promise<string | null> {
    const intent = await this.client.paymentIntents.retrieve(paymentIntentId);
    return intent.metadata?.kind === TICKET_ORDER_KIND ? (intent.metadata.orderId ?? null) : null;
  }

  verifyWebhook(rawBody: Buffer, signature: string | undefined): Stripe.Event {
    return this.client.webhooks.constructEvent(rawBody, signature ?? '', this.settings.webhookSecret);
  }
}

function hostOptions(apiUrl: string | undefined): Partial<Stripe.StripeConfig> {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: Number(url.port || (protocol === 'http' ? 80 : 443)), protocol };
}
