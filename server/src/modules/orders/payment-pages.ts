import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import type { PaymentGateway } from '../../integrations/stripe/payment-gateway';
import type { EventsService } from '../events/events.service';
import type { TicketTypesService } from '../events/ticket-types.service';
import type { UsersService } from '../users/users.service';
import { Order } from './order.entity';
import type { OrdersService } from './orders.service';

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

  async open(order: Order): Promise<Order> {
    const [event, items, buyer] = await Promise.all([this.events.findById(order.eventId), this.orders.items(this.db.manager, order.id), this.users.findById(order.buyerId)]);
    const types = new Map((await this.ticketTypes.findManyByIds(items.map((i) => i.ticketTypeId))).map((t) => [t.id, t]));
    const orderUrl = `${this.config.publicUrl}/orders/${order.id}`;
    const page = await this.gateway.createCheckout({
      orderId: order.id,
      currency: order.currency,
      customerEmail: buyer?.email ?? '',
      holdExpiresAt: order.holdExpiresAt ?? new Date(),
      successUrl: `${orderUrl}?checkout=success`,
      cancelUrl: `${orderUrl}?checkout=cancelled`,
      lines: items
        .filter((item) => item.totalCents > 0)
        .map((item) => ({
          name: `${types.get(item.ticketTypeId)?.name ?? 'Ticket'}: ${event?.title ?? ''}`.trim(),
          description: item.unitDiscountCents > 0 ? 'Promo code applied' : undefined,
          unitAmountCents: item.unitPriceCents - item.unitDiscountCents,
          quantity: item.quantity,
        })),
    });
    await this.db
      .getRepository(Order)
      .createQueryBuilder()
      .update()
      .set({ paymentUrl: page.url, stripeCheckoutSessionId: page.sessionId })
      .where('id = :id AND paymentUrl IS NULL', { id: order.id })
      .execute();
    return (await this.orders.findById(order.id))!;
  }
}
