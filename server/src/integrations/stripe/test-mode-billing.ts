import type { BillingGateway, SubscriptionCheckoutRequest } from './billing-gateway';

/**
 * TEST MODE memberships: nothing exists outside Matchday. The checkout is the app's clearly marked
 * /test-checkout/membership/<id> page and the portal its /test-billing-portal page; both act
 * through mutations that run the same membership code as Stripe's webhooks. No money moves.
 */
export class TestModeBilling implements BillingGateway {
  readonly mode = 'test' as const;

  constructor(private readonly publicUrl: string) {}

  async syncProduct(): Promise<null> {
    return null;
  }

  async createPrice(): Promise<null> {
    return null;
  }

  async deactivatePrice(): Promise<void> {
    // No Stripe price exists in TEST MODE.
  }

  async createCustomer(): Promise<null> {
    return null;
  }

  async createSubscriptionCheckout(request: SubscriptionCheckoutRequest): Promise<{ sessionId: null; url: string }> {
    return { sessionId: null, url: `${this.publicUrl}/test-checkout/membership/${request.checkoutId}` };
  }

  async createPortalSession(): Promise<string> {
    return `${this.publicUrl}/test-billing-portal`;
  }
}
