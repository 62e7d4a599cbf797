import type Stripe from 'stripe';
import { TICKET_ORDER_KIND } from '../../../integrations/stripe/stripe-gateway';
import type { StripeEventHandler } from '../../../integrations/stripe/stripe-event-handler';
import { PaymentProvider } from '../order.entity';

/** A ticket order's Checkout Session was paid: fulfil it (or refund it if its seats are gone). */
export const checkoutSessionCompleted: StripeEventHandler = {
  type: 'checkout.session.completed',
  async handle(event, services) {
    const session = event.data.object as Stripe.Checkout.Session;
    const orderId = session.metadata?.orderId;
    if (session.metadata?.kind !== TICKET_ORDER_KIND || !orderId) return;
    // Card payments are 'paid' here; delayed methods are not offered on ticket checkouts.
    if (session.payment_status !== 'paid') return;
    if (!(await services.orders.findById(orderId))) {
      services.infra.log.warn({ orderId, sessionId: session.id }, 'Paid Stripe session for an unknown order');
      return;
    }
    await services.completeOrder.run(orderId, {
      provider: PaymentProvider.STRIPE,
      amountPaidCents: session.amount_total ?? 0,
      stripeCheckoutSessionId: session.id,
      stripePaymentIntentId: typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null),
    });
  },
};
