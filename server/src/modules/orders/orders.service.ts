import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { containsPattern } from '../../db/like-pattern';
import { paginate, type PageArgs } from '../../graphql/connection';
import { badInput, notFound } from '../../graphql/errors';
import type { Viewer } from '../auth/viewer.service';
import { EntityReader } from '../../db/entity-row';
import type { SeatInventory, SeatLine, Shortage } from '../events/seat-inventory';
import { Role } from '../users/user.entity';
import { OrderItem } from './order-item.entity';
import { Order, OrderStatus } from './order.entity';
import type { OrdersArgs } from './orders.types';

/** Per event: paid orders and refunded money, for the sales figures. */
export interface OrderTally {
  eventId: string;
  paidOrders: number;
  refundedCents: number;
}

/** Reading orders; the use cases that change them are the *.handler.ts files beside this one. */
export class OrdersService {
  constructor(private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(Order);
  }

  private readonly rows = new EntityReader(this.db, Order);

  findById(id: string, manager: EntityManager = this.db.manager): Promise<Order | null> {
    return isUUID(id) ? manager.findOneBy(Order, { id }) : Promise.resolve(null);
  }

  async findManyByIds(ids: readonly string[]): Promise<Order[]> {
    return ids.length ? this.repo.createQueryBuilder('o').where('o.id = ANY(:ids)', { ids: [...ids] }).getMany() : [];
  }

  /** The order, locked for the rest of the caller's transaction. */
  async lock(manager: EntityManager, id: string): Promise<Order> {
    if (!isUUID(id)) throw badInput('orderId', 'orderId must be an order id.');
    const order = await manager.findOne(Order, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!order) throw notFound('Order');
    return order;
  }

  /** The order if the viewer may see it (its buyer or an admin); null otherwise. */
  async findVisible(viewer: Viewer, id: string): Promise<Order | null> {
    const order = await this.findById(id);
    return order && (order.buyerId === viewer.user.id || viewer.user.role === Role.ADMIN) ? order : null;
  }

  /**
   * A new PENDING order and its lines, written in the same statement that holds their seats (one round
   * trip, the event row locked from it until the caller's commit). No order is written when a seat is
   * short; the caller must then roll back (the event's counters may have moved without a ticket type's).
   * The same (buyer, idempotencyKey) again fails the whole statement with the orders_idempotency
   * unique violation, seats included.
   */
  async insertHolding(
    manager: EntityManager,
    inventory: SeatInventory,
    order: Pick<Order, 'eventId' | 'buyerId' | 'paymentProvider' | 'currency' | 'subtotalCents' | 'discountCents' | 'memberDiscountCents' | 'totalCents' | 'promoCodeId' | 'idempotencyKey' | 'requestFingerprint' | 'holdExpiresAt'>,
    items: Pick<OrderItem, 'ticketTypeId' | 'quantity' | 'unitPriceCents' | 'unitDiscountCents'>[],
  ): Promise<{ order: Order | null; shortage: Shortage | null }> {
    const hold = inventory.holdFragment(order.eventId, items, 17);
    const [row] = (await manager.query(
      `WITH ${hold.ctes},
       new_order AS (
         INSERT INTO orders (event_id, buyer_id, status, payment_provider, currency, subtotal_cents, discount_cents, member_discount_cents, total_cents,
                             promo_code_id, idempotency_key, request_fingerprint, hold_expires_at)
         SELECT $1, $2, 'PENDING', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12 WHERE ${hold.taken}
         RETURNING *
       ), new_items AS (
         INSERT INTO order_items (order_id, ticket_type_id, quantity, unit_price_cents, unit_discount_cents)
         SELECT new_order.id, w.ticket_type_id, w.quantity, w.unit_price_cents, w.unit_discount_cents
         FROM new_order, unnest($13::uuid[], $14::int[], $15::int[], $16::int[]) AS w (ticket_type_id, quantity, unit_price_cents, unit_discount_cents)
       )
       SELECT (SELECT count(*) FROM seat_event)::int AS events, coalesce((SELECT array_agg(id) FROM seat_types), '{}') AS types, new_order.*
       FROM (SELECT) AS one LEFT JOIN new_order ON true`,
      [
        order.eventId,
        order.buyerId,
        order.paymentProvider,
        order.currency,
        order.subtotalCents,
        order.discountCents,
        order.memberDiscountCents,
        order.totalCents,
        order.promoCodeId,
        order.idempotencyKey,
        order.requestFingerprint,
        order.holdExpiresAt,
        items.map((i) => i.ticketTypeId),
        items.map((i) => i.quantity),
        items.map((i) => i.unitPriceCents),
        items.map((i) => i.unitDiscountCents),
        ...hold.params,
      ],
    )) as ({ events: number; types: string[]; id: string | null } & Record<string, unknown>)[];
    const shortage = hold.shortage(row);
    return { order: row.id && !shortage ? this.rows.fromRow(row) : null, shortage };
  }

  findByIdempotencyKey(buyerId: string, idempotencyKey: string): Promise<Order | null> {
    return this.repo.findOneBy({ buyerId, idempotencyKey });
  }

  findByPaymentIntent(paymentIntentId: string): Promise<Order | null> {
    return this.repo.findOneBy({ stripePaymentIntentId: paymentIntentId });
  }

  async items(manager: EntityManager, orderId: string): Promise<OrderItem[]> {
    return manager.find(OrderItem, { where: { orderId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async seatLines(manager: EntityManager, orderId: string): Promise<SeatLine[]> {
    return (await this.items(manager, orderId)).map((item) => ({ ticketTypeId: item.ticketTypeId, quantity: item.quantity }));
  }

  async itemsByOrderIds(orderIds: readonly string[]): Promise<OrderItem[]> {
    if (!orderIds.length) return [];
    return this.db.getRepository(OrderItem).createQueryBuilder('item').where('item.orderId = ANY(:orderIds)', { orderIds: [...orderIds] }).orderBy('item.createdAt', 'ASC').addOrderBy('item.id', 'ASC').getMany();
  }

  /** A fan's own orders, newest first. */
  listForBuyer(buyerId: string, args: PageArgs) {
    return paginate(this.repo.createQueryBuilder('o').where('o.buyerId = :buyerId', { buyerId }), args);
  }

  /** Every order, for admins, with filters. */
  listAll(args: OrdersArgs) {
    const query = this.repo.createQueryBuilder('o');
    if (args.eventId) query.andWhere('o.eventId = :eventId', { eventId: args.eventId });
    if (args.status) query.andWhere('o.status = :status', { status: args.status });
    const search = args.search?.trim();
    if (search && isUUID(search)) query.andWhere('o.id = :id', { id: search });
    else if (search) {
      query.andWhere('o.buyerId IN (SELECT id FROM users WHERE email ILIKE :pattern OR name ILIKE :pattern)', { pattern: containsPattern(search) });
    }
    return paginate(query, args);
  }

  /** Unpaid orders whose hold has run out, oldest first: the sweep's work list. */
  async findExpiredHolds(limit: number): Promise<string[]> {
    const rows = await this.repo
      .createQueryBuilder('o')
      .select('o.id', 'id')
      .where('o.status = :pending AND o.holdExpiresAt < now()', { pending: OrderStatus.PENDING })
      .orderBy('o.holdExpiresAt', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /**
   * Ticket money per UTC month within [from, to), in one currency: what paid orders brought in (by
   * when they were paid) and what was refunded (by when the refund was decided).
   */
  async revenueByMonth(from: Date, to: Date, currency: string): Promise<Map<string, { paidCents: number; refundedCents: number }>> {
    const rows: { month: string; paid: string; refunded: string }[] = await this.db.query(
      `SELECT month, sum(paid) AS paid, sum(refunded) AS refunded FROM (
         SELECT to_char(coalesce(paid_at, refunded_at) AT TIME ZONE 'UTC', 'YYYY-MM') AS month, paid_cents AS paid, 0 AS refunded
         FROM orders WHERE paid_cents > 0 AND currency = $3 AND coalesce(paid_at, refunded_at) >= $1 AND coalesce(paid_at, refunded_at) < $2
         UNION ALL
         SELECT to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM'), 0, r.amount_cents
         FROM refunds r JOIN orders o ON o.id = r.order_id WHERE o.currency = $3 AND r.created_at >= $1 AND r.created_at < $2
       ) money GROUP BY month`,
      [from, to, currency],
    );
    return new Map(rows.map((row) => [row.month, { paidCents: Number(row.paid), refundedCents: Number(row.refunded) }]));
  }

  async tallyByEventIds(eventIds: readonly string[]): Promise<OrderTally[]> {
    if (!eventIds.length) return [];
    const rows: { event_id: string; paid: string; refunded: string | null }[] = await this.db.query(
      `SELECT event_id, count(*) FILTER (WHERE status = 'PAID') AS paid, sum(refunded_cents) AS refunded
       FROM orders WHERE event_id = ANY($1) GROUP BY event_id`,
      [[...eventIds]],
    );
    return rows.map((r) => ({ eventId: r.event_id, paidOrders: Number(r.paid), refundedCents: Number(r.refunded ?? 0) }));
  }
}

