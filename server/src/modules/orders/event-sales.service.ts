import { isUUID } from 'class-validator';
import type { EventsService } from '../events/events.service';
import type { TicketTypesService } from '../events/ticket-types.service';
import type { TicketsService } from '../tickets/tickets.service';
import type { OrdersService } from './orders.service';
import type { EventSales } from './orders.types';

/**
 * Sales figures of events, for admins: seats from the live counters, revenue and check-ins from
 * the tickets, refunds from the orders. Four statements whatever the number of events.
 */
export class EventSalesService {
  constructor(
    private readonly events: EventsService,
    private readonly ticketTypes: TicketTypesService,
    private readonly tickets: TicketsService,
    private readonly orders: OrdersService,
  ) {}

  async forEvents(requested: readonly string[]): Promise<(EventSales | null)[]> {
    const eventIds = requested.filter((id) => isUUID(id));
    const [events, types, ticketTally, orderTally] = await Promise.all([
      this.events.findManyByIds(eventIds),
      this.ticketTypes.findByEventIds(eventIds),
      this.tickets.tallyByEventIds(eventIds),
      this.orders.tallyByEventIds(eventIds),
    ]);
    const byType = new Map(ticketTally.map((t) => [t.ticketTypeId, t]));
    const ordersByEvent = new Map(orderTally.map((t) => [t.eventId, t]));
    const eventsById = new Map(events.map((e) => [e.id, e]));
    return requested.map((eventId) => {
      const event = eventsById.get(eventId);
      if (!event) return null;
      const ticketTypes = types
        .filter((type) => type.eventId === eventId)
        .map((type) => ({
          ticketType: type,
          quantity: type.quantity,
          sold: type.sold,
          held: type.held,
          available: Math.min(type.remaining, event.seatsAvailable),
          checkedIn: byType.get(type.id)?.checkedIn ?? 0,
          revenueCents: byType.get(type.id)?.revenueCents ?? 0,
        }));
      return {
        eventId,
        capacity: event.capacity,
        sold: event.seatsSold,
        held: event.seatsHeld,
        available: event.seatsAvailable,
        checkedIn: ticketTypes.reduce((sum, t) => sum + t.checkedIn, 0),
        paidOrders: ordersByEvent.get(eventId)?.paidOrders ?? 0,
        revenueCents: ticketTypes.reduce((sum, t) => sum + t.revenueCents, 0),
        refundedCents: ordersByEvent.get(eventId)?.refundedCents ?? 0,
        currency: ticketTypes[0]?.ticketType.currency ?? null,
        ticketTypes,
      };
    });
  }
}
