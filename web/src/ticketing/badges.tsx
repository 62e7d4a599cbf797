import type { EventStatus, OrderStatus, TicketSaleStatus, TicketStatus } from '../generated/graphql';
import { Badge, humanize, type Tone } from '../ui/Badge';

const ORDER_TONE: Record<OrderStatus, Tone> = { PENDING: 'warning', PAID: 'success', EXPIRED: 'neutral', CANCELLED: 'neutral', REFUNDED: 'danger' };
const ORDER_LABEL: Record<OrderStatus, string> = { PENDING: 'Awaiting payment', PAID: 'Paid', EXPIRED: 'Expired', CANCELLED: 'Cancelled', REFUNDED: 'Refunded' };

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={ORDER_TONE[status]}>{ORDER_LABEL[status]}</Badge>;
}

const TICKET_TONE: Record<TicketStatus, Tone> = { VALID: 'success', CHECKED_IN: 'info', VOID: 'danger' };

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return <Badge tone={TICKET_TONE[status]}>{humanize(status)}</Badge>;
}

const EVENT_TONE: Record<EventStatus, Tone> = { DRAFT: 'neutral', PUBLISHED: 'success', CANCELLED: 'danger' };

export function EventStatusBadge({ status }: { status: EventStatus }) {
  return <Badge tone={EVENT_TONE[status]}>{humanize(status)}</Badge>;
}

const SALE_TONE: Record<TicketSaleStatus, Tone> = { ON_SALE: 'success', MEMBER_PRESALE: 'brand', NOT_STARTED: 'info', SOLD_OUT: 'danger', ENDED: 'neutral', UNAVAILABLE: 'neutral' };
const SALE_LABEL: Record<TicketSaleStatus, string> = { ON_SALE: 'On sale', MEMBER_PRESALE: 'Members’ presale', NOT_STARTED: 'Not on sale yet', SOLD_OUT: 'Sold out', ENDED: 'Sales ended', UNAVAILABLE: 'Not on sale' };

export function SaleStatusBadge({ status }: { status: TicketSaleStatus }) {
  return <Badge tone={SALE_TONE[status]}>{SALE_LABEL[status]}</Badge>;
}

/** "1 ticket", "3 tickets". */
export const ticketCount = (count: number) => `${count} ${count === 1 ? 'ticket' : 'tickets'}`;

/** A ticket code in groups of four, as people read it out: "ABCD EFGH JKMN PQRS". */
export const groupedCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ');
