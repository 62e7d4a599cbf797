import type { DataSource } from 'typeorm';
import type { PaymentGateway } from '../../integrations/stripe/payment-gateway';
import type { Logger } from '../../infra/logger';
import type { PromoCodesService } from '../events/promo-codes.service';
import type { SeatInventory } from '../events/seat-inventory';
import { Order, OrderStatus } from './order.entity';
import type { OrdersService } from './orders.service';
import { emitWebhook, webhookData, WebhookEventType } from '../outgoing-webhooks';

export interface ExpireHoldOptions {
  /** Leave the order alone if its hold has not run out yet (timers and the sweep). */
  onlyIfDue?: boolean;
  /** Also close the Stripe checkout page so it cannot be paid (default true). */
  closeCheckoutPage?: boolean;
}

/**
 * Ends the hold of an unpaid order: its seats and promo code use go back, and the order becomes
 * EXPIRED (timed out) or CANCELLED (abandoned). Does nothing to an order that is no longer
 * PENDING, so a timer, the sweep, a webhook and the buyer may all race safely. A payment that
 * still arrives later goes through complete-order's late-payment path.
 */
export class ExpireHoldHandler {
  constructor(
    private readonly db: DataSource,
    private readonly orders: OrdersService,
    private readonly inventory: SeatInventory,
    private readonly promoCodes: PromoCodesService,
    private readonly gateway: PaymentGateway,
    private readonly log: Logger,
  ) {}

  async run(orderId: string, outcome: OrderStatus.EXPIRED | OrderStatus.CANCELLED, options: ExpireHoldOptions = {}): Promise<Order> {
    const { order, released } = await this.db.transaction(async (manager) => {
      const order = await this.orders.lock(manager, orderId);
      if (order.status !== OrderStatus.PENDING) return { order, released: false };
      if (options.onlyIfDue && order.holdExpiresAt && order.holdExpiresAt.getTime() > Date.now()) return { order, released: false };
      await this.inventory.releaseHeld(manager, order.eventId, await this.orders.seatLines(manager, order.id));
      if (order.promoCodeId) await this.promoCodes.release(manager, order.promoCodeId);
      order.status = outcome;
      order.closedAt = new Date();
      await manager.save(order);
      if (outcome === OrderStatus.CANCELLED) await emitWebhook(manager, WebhookEventType.ORDER_CANCELLED, webhookData.order(order));
      return { order, released: true };
    });
    if (released && order.stripeCheckoutSessionId && options.closeCheckoutPage !== false) {
      await this.gateway.expireCheckout(order.stripeCheckoutSessionId).catch((err) => {
        this.log.info({ err, orderId }, 'Could not close the Stripe checkout page (it may be paid or closed already)');
      });
    }
    return order;
  }
}
