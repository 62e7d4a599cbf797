import type { Config } from '../../config';
import type { BillingGateway } from './billing-gateway';
import type { PaymentGateway } from './payment-gateway';
import { StripeBilling } from './stripe-billing';
import { StripeGateway } from './stripe-gateway';
import { TestModeBilling } from './test-mode-billing';

/** Stripe Billing on the payment gateway's own Stripe client when Stripe is configured; otherwise TEST MODE. */
export function createBillingGateway(config: Config, payments: PaymentGateway): BillingGateway {
  return payments instanceof StripeGateway ? new StripeBilling(payments.client) : new TestModeBilling(config.publicUrl);
}
