import type { DataSource, EntityManager } from 'typeorm';
import type { EventsService } from '../events/events.service';
import { EventStatus } from '../events/event.entity';
import type { PromoCodesService } from '../events/promo-codes.service';
import type { SeatInventory } from '../events/seat-inventory';
import type { CheckInStatsService } from '../tickets/check-in-stats.service';
import type { TicketsService } from '../tickets/tickets.service';
import type { UsersService } from '../users/users.service';
import { Order, OrderStatus, PaymentProvider } from './order.entity';
import type { OrdersService } from './orders.service';
import { RefundReason } from './refund.entity';
import type { RefundsService } from './refunds.service';
import type { SettleRefundHandler } from './settle-refund.handler';

/** What the payment provider told us about a payment. */
export interface PaymentReceipt {
  provider: PaymentProvider;
  /** What was actually taken; for TEST MODE and free orders, the order total. */
  amountPaidCents: number;
  stripeCheckoutSessionId?: string | null;
  stripePaymentIntentId?: string | null;
}

/** A fulfilment done inside a transaction, with what must follow its commit. */
export interface Completion {
  order: Order;
  afterCommit(): Promise<void>;
}

/**
 * The one fulfilment path: a Stripe webhook, the TEST MODE checkout and a free order all come here.
 * A PENDING order turns its held seats into sold ones and gets its tickets. A payment for an order
 * whose hold already ended is honoured if the seats are still free, and otherwise refunded in full
 * at once: money is never kept without tickets. An order already PAID or REFUNDED is left as it
 * is, so duplicate and late events change nothing.
 */
export class CompleteOrderHandler {
  constructor(
    private readonly db: DataSource,
    private readonly orders: OrdersService,
    private readonly events: EventsService,
    private readonly inventory: SeatInventory,
    private readonly promoCodes: PromoCodesService,
    private readonly tickets: TicketsService,
    private readonly users: UsersService,
    private readonly refunds: RefundsService,
    private readonly settleRefund: SettleRefundHandler,
    private readonly stats: CheckInStatsService,
  ) {}

  async run(orderId: string, receipt: PaymentReceipt): Promise<Order> {
    const completion = await this.db.transaction((manager) => this.completeIn(manager, orderId, receipt));
    await completion.afterCommit();
    return completion.order;
  }

  async completeIn(manager: EntityManager, orderId: string, receipt: PaymentReceipt): Promise<Completion> {
    const order = await this.orders.lock(manager, orderId);
    if (order.status === OrderStatus.PAID || order.status === OrderStatus.REFUNDED) return { order, afterCommit: async () => {} };

    order.paidCents = receipt.amountPaidCents;
    order.stripeCheckoutSessionId = receipt.stripeCheckoutSessionId ?? order.stripeCheckoutSessionId;
    order.stripePaymentIntentId = receipt.stripePaymentIntentId ?? order.stripePaymentIntentId;
    const lines = await this.orders.seatLines(manager, order.id);

    if (order.status === OrderStatus.PENDING) {
      await this.inventory.confirm(manager, order.eventId, lines);
    } else {
      // The hold ended before the money arrived: sell the seats again only if they are still free.
      const event = await this.events.findById(order.eventId, manager);
      const onSale = event?.status === EventStatus.PUBLISHED;
      const shortage = onSale ? await this.inventory.takeSold(manager, order.eventId, lines) : { of: 'event' as const };
      if (shortage) return this.refundInFull(manager, order, onSale ? RefundReason.SOLD_OUT_AFTER_EXPIRY : RefundReason.EVENT_CANCELLED);
      if (order.promoCodeId) await this.promoCodes.redeemRegardless(manager, order.promoCodeId);
    }

    order.status = OrderStatus.PAID;
    order.paidAt = new Date();
    await manager.save(order);
    const buyer = await this.users.findById(order.buyerId);
    const items = await this.orders.items(manager, order.id);
    await this.tickets.issue(
      manager,
      order,
      buyer?.name ?? 'Ticket holder',
      items.flatMap((item) => Array.from({ length: item.quantity }, () => ({ ticketTypeId: item.ticketTypeId, priceCents: item.unitPriceCents - item.unitDiscountCents }))),
    );
    return { order, afterCommit: () => this.stats.publish(order.eventId) };
  }

  private async refundInFull(manager: EntityManager, order: Order, reason: RefundReason): Promise<Completion> {
    order.status = OrderStatus.REFUNDED;
    order.refundedCents = order.paidCents ?? 0;
    order.refundedAt = new Date();
    await manager.save(order);
    const refund = await this.refunds.record(manager, { orderId: order.id, amountCents: order.refundedCents, reason, provider: order.paymentProvider });
    return { order, afterCommit: () => this.settleRefund.run(refund.id) };
  }
}
