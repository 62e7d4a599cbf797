import { groupLoader } from '../events/events.loaders';
import type { Ticket } from './ticket.entity';
import type { TicketsService } from './tickets.service';

export function createTicketLoaders(tickets: TicketsService) {
  return {
    ticketsByOrderId: groupLoader<Ticket>((ids) => tickets.findByOrderIds(ids), (ticket) => ticket.orderId),
  };
}
