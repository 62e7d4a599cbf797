import type { DataSource } from 'typeorm';
import type { Event } from '../events/event.entity';
import type { Config } from '../../config';
import type { PaymentGateway } from '../../integrations/stripe/payment-gateway';
import type { EventsService } from '../events/events.service';
import type { TicketTypesService } from '../events/ticket-types.service';
import type { UsersService } from '../users/users.service';
import { Order } from './order.entity';
import type { OrdersService } from './orders.service';

/** What a payment page shows, known already when a checkout starts (read again for a retried one). */
export interface PaymentPageContext {
  event: Pick<Event, 'title'>;
  buyerEmail: string;
  lines: { name: string; quantity: number; unitPriceCents: number; unitDiscountCents: number }[];
}

/**
 * The page where a PENDING order is paid: a Stripe Checkout Session, or the TEST MODE route.
 * Opening it twice for one order gives the same page (Stripe's idempotency key is the order id).
 * After paying, Stripe sends the buyer to /orders/<id>?checkout=success (or =cancelled).
 */
export class PaymentPages {
  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
    private readonly gateway: PaymentGateway,
    private readonly orders: OrdersService,
    private readonly events: EventsService,
    private readonly ticketTypes: TicketTypesService,
    private readonly users: UsersService,
  ) {}

  /** The page's content for an order opened earlier (a retried checkout). */
  async contextOf(order: Order): Promise<PaymentPageContext> {
    const [event, items, buyer] = await Promise.all([this.events.findById(order.eventId), this.orders.items(this.db.manager, order.id), this.users.findById(order.buyerId)]);
    const names = new Map((await this.ticketTypes.findManyByIds(items.map((i) => i.ticketTypeId))).map((t) => [t.id, t.name]));
    return {
      event: { title: event?.title ?? '' },
      buyerEmail: buyer?.email ?? '',
      lines: items.map((item) => ({ ...item, name: names.get(item.ticketTypeId) ?? 'Ticket' })),
    };
  }

  async open(order: Order, context: PaymentPageContext): Promise<Order> {
    const orderUrl = `${this.config.publicUrl}/orders/${order.id}`;
    const page = await this.gateway.createCheckout({
      orderId: order.id,
      currency: order.currency,
      customerEmail: context.buyerEmail,
      holdExpiresAt: order.holdExpiresAt ?? new Date(),
      successUrl: `${orderUrl}?checkout=success`,
      cancelUrl: `${orderUrl}?checkout=cancelled`,
      lines: context.lines
        .filter((line) => line.unitPriceCents > line.unitDiscountCents)
        .map((line) => ({
          name: `${line.name}: ${context.event.title}`,
          description: line.unitDiscountCents > 0 ? 'Discount applied' : undefined,
          unitAmountCents: line.unitPriceCents - line.unitDiscountCents,
          quantity: line.quantity,
        })),
    });
    // Two requests opening the same order's page both got the same page; the first one stores it.
    await this.db
      .getRepository(Order)
      .createQueryBuilder()
      .update()
      .set({ paymentUrl: page.url, stripeCheckoutSessionId: page.sessionId })
      .where('id = :id AND paymentUrl IS NULL', { id: order.id })
      .execute();
    return Object.assign(order, { paymentUrl: page.url, stripeCheckoutSessionId: page.sessionId });
  }
}
