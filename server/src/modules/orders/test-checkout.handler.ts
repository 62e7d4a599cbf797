import { conflict, forbidden, notFound } from '../../graphql/errors';
import type { PaymentGateway } from '../../integrations/stripe/payment-gateway';
import type { Viewer } from '../auth/viewer.service';
import type { CompleteOrderHandler } from './complete-order.handler';
import type { ExpireHoldHandler } from './expire-hold.handler';
import { Order, OrderStatus, PaymentProvider } from './order.entity';
import type { OrdersService } from './orders.service';
import { TestCheckoutOutcome } from './orders.types';

/**
 * The TEST MODE checkout page's buttons: pay (no money moves) through the same fulfilment as a
 * Stripe webhook, or abandon (the seats go back). Refused whenever Stripe is configured.
 */
export class TestCheckoutHandler {
  constructor(
    private readonly orders: OrdersService,
    private readonly completeOrder: CompleteOrderHandler,
    private readonly expireHold: ExpireHoldHandler,
    private readonly gateway: PaymentGateway,
  ) {}

  async run(viewer: Viewer, orderId: string, outcome: TestCheckoutOutcome): Promise<Order> {
    if (this.gateway.mode !== 'test') throw forbidden('The test checkout is off: this server takes real payments through Stripe.');
    const order = await this.orders.findVisible(viewer, orderId);
    if (!order) throw notFound('Order');
    if (order.paymentProvider !== PaymentProvider.TEST) throw conflict('This order is not paid through the test checkout.');
    if (outcome === TestCheckoutOutcome.ABANDONED) return this.expireHold.run(order.id, OrderStatus.CANCELLED);
    return this.completeOrder.run(order.id, { provider: PaymentProvider.TEST, amountPaidCents: order.totalCents });
  }
}
