import { notFound } from '../../graphql/errors';
import type { Viewer } from '../auth/viewer.service';
import type { ExpireHoldHandler } from './expire-hold.handler';
import { Order, OrderStatus } from './order.entity';
import type { OrdersService } from './orders.service';

/** The buyer gives up an unpaid checkout (e.g. from Stripe's cancel page): the seats go back at once. */
export class CancelCheckoutHandler {
  constructor(
    private readonly orders: OrdersService,
    private readonly expireHold: ExpireHoldHandler,
  ) {}

  async run(viewer: Viewer, orderId: string): Promise<Order> {
    const order = await this.orders.findVisible(viewer, orderId);
    if (!order) throw notFound('Order');
    return this.expireHold.run(order.id, OrderStatus.CANCELLED);
  }
}
