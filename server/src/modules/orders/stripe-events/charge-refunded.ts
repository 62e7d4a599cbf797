import type Stripe from 'stripe';
import type { StripeEventHandler } from '../../../integrations/stripe/stripe-event-handler';

/**
 * A charge was refunded, by Matchday or in the Stripe dashboard: record it; a full refund voids
 * the order's tickets. The order is found by its payment, or (when the refund is reported before
 * the payment's own event) by the payment's metadata.
 */
export const chargeRefunded: StripeEventHandler = {
  type: 'charge.refunded',
  async handle(event, services) {
    const charge = event.data.object as Stripe.Charge;
    const paymentIntentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
    if (!paymentIntentId) return;
    const orderId = (await services.orders.findByPaymentIntent(paymentIntentId))?.id ?? (await services.payments.orderIdOfPayment(paymentIntentId));
    if (!orderId || !(await services.orders.findById(orderId))) return;
    await services.refundOrder.recordProviderRefund(orderId, {
      paymentIntentId,
      amountRefundedCents: charge.amount_refunded,
      fullyRefunded: charge.refunded,
    });
  },
};
