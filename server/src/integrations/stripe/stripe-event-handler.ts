import type Stripe from 'stripe';
import type { Services } from '../../services';

/**
 * Handles one Stripe event type. Handlers are listed in `stripeEventHandlers` (modules/index.ts);
 * several may share a type, each acting only on objects that are its own (see their metadata).
 * A handler must be idempotent: Stripe delivers late, twice, and out of order.
 */
export interface StripeEventHandler {
  /** e.g. 'checkout.session.completed'. */
  type: string;
  handle(event: Stripe.Event, services: Services): Promise<void>;
}
