import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { containsPattern } from '../../db/like-pattern';
import { paginate, type PageArgs } from '../../graphql/connection';
import { badInput } from '../../graphql/errors';
import { newTicketCode, normalizeTicketCode } from './ticket-code';
import { Ticket, TicketStatus } from './ticket.entity';
import type { AttendeesArgs } from './tickets.types';
import { emitWebhook, webhookData, WebhookEventType } from '../outgoing-webhooks';

/** What one issued ticket is for. */
export interface TicketToIssue {
  ticketTypeId: string;
  priceCents: number;
}

/** Per ticket type of an event: how many checked in, and the revenue its unvoided tickets brought. */
export interface TicketTypeTally {
  eventId: string;
  ticketTypeId: string;
  checkedIn: number;
  revenueCents: number;
}

export class TicketsService {
  constructor(private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(Ticket);
  }

  /** Issues the tickets of a paid order inside its fulfilment transaction. */
  async issue(
    manager: EntityManager,
    order: { id: string; eventId: string; buyerId: string },
    holderName: string,
    tickets: TicketToIssue[],
  ): Promise<Ticket[]> {
    const rows = tickets.map((t) =>
      manager.create(Ticket, {
        code: newTicketCode(),
        orderId: order.id,
        eventId: order.eventId,
        ticketTypeId: t.ticketTypeId,
        ownerId: order.buyerId,
        holderName,
        priceCents: t.priceCents,
      }),
    );
    await manager.insert(Ticket, rows);
    return rows;
  }

  /**
   * The order's tickets that are not void yet (all of them, or those of `ticketIds`), locked for
   * the caller's refund transaction.
   */
  async lockRefundable(manager: EntityManager, orderId: string, ticketIds?: readonly string[] | null): Promise<Ticket[]> {
    const tickets = await manager.find(Ticket, { where: { orderId }, lock: { mode: 'pessimistic_write' }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (ticketIds?.length) {
      const known = new Set(tickets.map((t) => t.id));
      if (ticketIds.some((id) => !known.has(id))) throw badInput('ticketIds', 'ticketIds must be tickets of this order.');
    }
    const wanted = ticketIds?.length ? new Set(ticketIds) : null;
    return tickets.filter((t) => t.status !== TicketStatus.VOID && (!wanted || wanted.has(t.id)));
  }

  /** True while some ticket of the order is not void. */
  async orderHasLiveTickets(manager: EntityManager, orderId: string): Promise<boolean> {
    return manager.createQueryBuilder(Ticket, 'ticket').where('ticket.orderId = :orderId AND ticket.status <> :void', { orderId, void: TicketStatus.VOID }).getExists();
  }

  /** Per order of the event: what its tickets that are not void were paid, minor units. */
  async liveValueByOrder(manager: EntityManager, eventId: string): Promise<Map<string, number>> {
    const rows: { order_id: string; value: number }[] = await manager.query(
      `SELECT order_id, sum(price_cents)::int AS value FROM tickets WHERE event_id = $1 AND status <> 'VOID' GROUP BY order_id`,
      [eventId],
    );
    return new Map(rows.map((row) => [row.order_id, row.value]));
  }

  async void(manager: EntityManager, ticketIds: readonly string[]): Promise<void> {
    if (ticketIds.length) await manager.update(Ticket, { id: In([...ticketIds]) }, { status: TicketStatus.VOID, voidedAt: new Date() });
  }

  /** Voids every ticket of a cancelled event. */
  async voidAllOfEvent(manager: EntityManager, eventId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Ticket)
      .set({ status: TicketStatus.VOID, voidedAt: () => 'now()' })
      .where('eventId = :eventId AND status <> :void', { eventId, void: TicketStatus.VOID })
      .execute();
  }

  async findByOrderIds(orderIds: readonly string[]): Promise<Ticket[]> {
    if (!orderIds.length) return [];
    return this.repo.createQueryBuilder('ticket').where('ticket.orderId = ANY(:orderIds)', { orderIds: [...orderIds] }).orderBy('ticket.createdAt', 'ASC').addOrderBy('ticket.id', 'ASC').getMany();
  }

  /** A fan's own tickets, newest first. */
  listOwned(ownerId: string, args: PageArgs) {
    return paginate(this.repo.createQueryBuilder('ticket').where('ticket.ownerId = :ownerId', { ownerId }), args);
  }

  /** The tickets of one event, for admins: search by holder, buyer email or code. */
  listAttendees(args: AttendeesArgs) {
    const query = this.repo.createQueryBuilder('ticket').where('ticket.eventId = :eventId', { eventId: args.eventId });
    if (args.status) query.andWhere('ticket.status = :status', { status: args.status });
    if (args.search?.trim()) {
      query.andWhere(
        `(ticket.holderName ILIKE :pattern OR ticket.code = :code OR ticket.ownerId IN (SELECT id FROM users WHERE email ILIKE :pattern))`,
        { pattern: containsPattern(args.search), code: normalizeTicketCode(args.search) ?? '' },
      );
    }
    return paginate(query, args);
  }

  countOfEvent(eventId: string): Promise<number> {
    return this.repo.countBy({ eventId });
  }

  /** The event's next tickets after `after` in (createdAt, id) order: a keyset read on the tickets_event index. */
  exportBatch(eventId: string, after: Ticket | undefined, limit: number): Promise<Ticket[]> {
    const query = this.repo.createQueryBuilder('ticket').where('ticket.eventId = :eventId', { eventId }).orderBy('ticket.createdAt', 'ASC').addOrderBy('ticket.id', 'ASC').limit(limit);
    if (after) query.andWhere('(ticket.createdAt, ticket.id) > (:createdAt, :id)', { createdAt: after.createdAt, id: after.id });
    return query.getMany();
  }

  /** How many tickets of an event have been checked in. */
  countCheckedIn(eventId: string): Promise<number> {
    return this.repo.countBy({ eventId, status: TicketStatus.CHECKED_IN });
  }

  /** Check-ins and revenue per ticket type, for the sales figures of several events at once. */
  async tallyByEventIds(eventIds: readonly string[]): Promise<TicketTypeTally[]> {
    if (!eventIds.length) return [];
    const rows: { event_id: string; ticket_type_id: string; checked_in: string; revenue: string | null }[] = await this.db.query(
      `SELECT event_id, ticket_type_id,
              count(*) FILTER (WHERE status = 'CHECKED_IN') AS checked_in,
              sum(price_cents) FILTER (WHERE status <> 'VOID') AS revenue
       FROM tickets WHERE event_id = ANY($1) GROUP BY event_id, ticket_type_id`,
      [[...eventIds]],
    );
    return rows.map((r) => ({ eventId: r.event_id, ticketTypeId: r.ticket_type_id, checkedIn: Number(r.checked_in), revenueCents: Number(r.revenue ?? 0) }));
  }

  /** Claims a VALID ticket of this event for the door: only one caller can ever win it. */
  async claimForCheckIn(eventId: string, code: string, checkedInById: string): Promise<Ticket | null> {
    return this.db.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(Ticket)
        .set({ status: TicketStatus.CHECKED_IN, checkedInAt: () => 'now()', checkedInById })
        .where('code = :code AND eventId = :eventId AND status = :valid', { code, eventId, valid: TicketStatus.VALID })
        .returning('id')
        .execute();
      const id = (result.raw as { id: string }[])[0]?.id;
      const ticket = id ? await manager.findOneBy(Ticket, { id }) : null;
      if (ticket) await emitWebhook(manager, WebhookEventType.TICKET_CHECKED_IN, webhookData.ticket(ticket));
      return ticket;
    });
  }

  findByCode(code: string): Promise<Ticket | null> {
    return this.repo.findOneBy({ code });
  }
}
