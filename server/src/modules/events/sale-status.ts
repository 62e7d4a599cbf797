import { registerEnumType } from 'type-graphql';
import { EventStatus, type Event } from './event.entity';
import type { TicketType } from './ticket-type.entity';

export enum TicketSaleStatus {
  ON_SALE = 'ON_SALE',
  NOT_STARTED = 'NOT_STARTED',
  MEMBER_PRESALE = 'MEMBER_PRESALE',
  ENDED = 'ENDED',
  SOLD_OUT = 'SOLD_OUT',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(TicketSaleStatus, {
  name: 'TicketSaleStatus',
  valuesConfig: {
    ON_SALE: { description: 'Can be bought now.' },
    NOT_STARTED: { description: 'Sales open at salesStartAt.' },
    MEMBER_PRESALE: { description: "Members only (the event's member presale) until general sale opens at salesStartAt." },
    ENDED: { description: 'Sales closed (salesEndAt passed, or the event is over).' },
    SOLD_OUT: { description: 'None left (seats held by unpaid checkouts may come back).' },
    UNAVAILABLE: { description: 'The event is a draft or cancelled.' },
  },
});

export function saleStatusOf(type: TicketType, event: Event | null, now = new Date()): TicketSaleStatus {
  if (!event || event.status !== EventStatus.PUBLISHED) return TicketSaleStatus.UNAVAILABLE;
  if (type.salesStartAt && type.salesStartAt > now) {
    return event.memberPresaleStartsAt && event.memberPresaleStartsAt <= now ? TicketSaleStatus.MEMBER_PRESALE : TicketSaleStatus.NOT_STARTED;
  }
  if ((type.salesEndAt ?? event.endsAt) <= now || event.endsAt <= now) return TicketSaleStatus.ENDED;
  if (Math.min(type.remaining, event.seatsAvailable) === 0) return TicketSaleStatus.SOLD_OUT;
  return TicketSaleStatus.ON_SALE;
}
