import crypto from 'node:crypto';
import type Stripe from 'stripe';
import type { CheckoutPage, CheckoutRequest, PaymentGateway } from './payment-gateway';

/**
 * TEST MODE, for a Matchday without a Stripe key: the "payment page" is the app's own clearly
 * marked /test-checkout/<orderId> route, where the buyer completes or abandons the order through
 * completeTestCheckout (the same fulfilment code as a Stripe webhook). No money ever moves.
 */
export class TestModeGateway implements PaymentGateway {
  readonly mode = 'test' as const;

  constructor(private readonly publicUrl: string) {}

  async createCheckout(request: CheckoutRequest): Promise<CheckoutPage> {
    return { sessionId: null, url: `${this.publicUrl}/test-checkout/${request.orderId}` };
  }

  async expireCheckout(): Promise<void> {
    // The test checkout page reads the order's status; there is nothing to close.
  }

  async refund(): Promise<{ refundId: string }> {
    return { refundId: `test_refund_${crypto.randomUUID()}` };
  }

  async orderIdOfPayment(): Promise<string | null> {
    return null;
  }

  verifyWebhook(): Stripe.Event {
    throw new Error('Stripe is not configured (no STRIPE_SECRET_KEY), so Stripe webhooks are not accepted.');
  }
}
