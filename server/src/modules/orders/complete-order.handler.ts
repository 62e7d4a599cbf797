import type { DataSource, EntityManager } from 'typeorm';
import type { EventsService } from '../events/events.service';
import { EventStatus } from '../events/event.entity';
import type { PromoCodesService } from '../events/promo-codes.service';
import type { SeatInventory } from '../events/seat-inventory';
import type { TicketTypesService } from '../events/ticket-types.service';
import type { CheckInStatsService } from '../tickets/check-in-stats.service';
import type { TicketsService } from '../tickets/tickets.service';
import { notFound } from '../../graphql/errors';
import type { User } from '../users/user.entity';
import type { UsersService } from '../users/users.service';
import { Order, OrderStatus, PaymentProvider } from './order.entity';
import type { OrdersService } from './orders.service';
import { RefundReason } from './refund.entity';
import type { RefundsService } from './refunds.service';
import type { SettleRefundHandler } from './settle-refund.handler';
import type { TicketsMail } from './tickets-mail';
import { emitWebhook, webhookData, WebhookEventType } from '../outgoing-webhooks';

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
    private readonly ticketTypes: TicketTypesService,
    private readonly tickets: TicketsService,
    private readonly users: UsersService,
    private readonly ticketsMail: TicketsMail,
    private readonly refunds: RefundsService,
    private readonly settleRefund: SettleRefundHandler,
    private readonly stats: CheckInStatsService,
  ) {}

  async run(orderId: string, receipt: PaymentReceipt): Promise<Order> {
    // Read before the transaction: inside it, every statement goes through its one connection.
    const buyer = await this.buyerOf(orderId);
    const completion = await this.db.transaction((manager) => this.completeIn(manager, orderId, buyer, receipt));
    await completion.afterCommit();
    return completion.order;
  }

  /** Fulfils inside the caller's transaction (a free order is completed in the one that created it). */
  async completeIn(manager: EntityManager, orderId: string, buyer: User, receipt: PaymentReceipt): Promise<Completion> {
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
    await emitWebhook(manager, WebhookEventType.ORDER_PAID, webhookData.order(order));
    const items = await this.orders.items(manager, order.id);
    const tickets = await this.tickets.issue(
      manager,
      order,
      buyer.name,
      items.flatMap((item) => Array.from({ length: item.quantity }, () => ({ ticketTypeId: item.ticketTypeId, priceCents: item.unitPriceCents - item.unitDiscountCents }))),
    );
    const [event, ticketTypes] = await Promise.all([this.events.findById(order.eventId, manager), this.ticketTypes.findManyByIds(items.map((item) => item.ticketTypeId), manager)]);
    await this.ticketsMail.send(manager, { order, event: event!, buyer, tickets, ticketTypes });
    return { order, afterCommit: () => this.stats.publish(order.eventId) };
  }

  private async buyerOf(orderId: string): Promise<User> {
    const order = await this.orders.findById(orderId);
    if (!order) throw notFound('Order');
    const buyer = await this.users.findById(order.buyerId);
    if (!buyer) throw new Error(`Order ${orderId} has no buyer`);
    return buyer;
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
