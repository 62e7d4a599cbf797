import type Stripe from 'stripe';
import { TICKET_ORDER_KIND } from '../../../integrations/stripe/stripe-gateway';
import type { StripeEventHandler } from '../../../integrations/stripe/stripe-event-handler';
import { OrderStatus } from '../order.entity';

/** A ticket order's Checkout Session can no longer be paid: release its hold (nothing if it was paid meanwhile). */
export const checkoutSessionExpired: StripeEventHandler = {
  type: 'checkout.session.expired',
  async handle(event, services) {
    const session = event.data.object as Stripe.Checkout.Session;
    const orderId = session.metadata?.orderId;
    if (session.metadata?.kind !== TICKET_ORDER_KIND || !orderId) return;
    if (!(await services.orders.findById(orderId))) return;
    await services.expireHold.run(orderId, OrderStatus.EXPIRED, { closeCheckoutPage: false });
  },
};
