import type { Config } from '../../config';
import type { PaymentGateway } from './payment-gateway';
import { StripeGateway } from './stripe-gateway';
import { TestModeGateway } from './test-mode-gateway';

/** Stripe when a secret key is configured; otherwise TEST MODE. */
export function createPaymentGateway(config: Config): PaymentGateway {
  if (config.stripeSecretKey && config.stripeWebhookSecret) {
    return new StripeGateway({ secretKey: config.stripeSecretKey, webhookSecret: config.stripeWebhookSecret, apiUrl: config.stripeApiUrl });
  }
  return new TestModeGateway(config.publicUrl);
}
