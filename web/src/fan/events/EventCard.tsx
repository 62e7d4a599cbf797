import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import type { EventCardFieldsFragment } from '../../generated/graphql';
import { formatEventRange } from '../../ui/EventTime';
import { formatPrice } from '../../ui/money';
import { EventCover } from './EventCover';

export const EventCardFieldsDoc = graphql(`
  fragment EventCardFields on Event {
    id
    title
    venue
    address
    startsAt
    endsAt
    timeZone
    coverImageUrl
    capacity
    seatsAvailable
    ticketTypes {
      id
      priceCents
      currency
      saleStatus
    }
  }
`);

/** Few enough seats left to say how many: at most this many, and under half of the event. */
const LOW_STOCK = 20;

function priceLine(event: EventCardFieldsFragment): string | null {
  const types = event.ticketTypes;
  if (types.length === 0) return null;
  const lowest = types.reduce((low, type) => (type.priceCents < low.priceCents ? type : low));
  const label = formatPrice(lowest.priceCents, lowest.currency);
  return types.length > 1 && types.some((type) => type.priceCents !== lowest.priceCents) ? `From ${label}` : label;
}

function availability(event: EventCardFieldsFragment): { text: string; tone: 'low' | 'out' | 'later' } | null {
  const statuses = event.ticketTypes.map((type) => type.saleStatus);
  if (statuses.includes('ON_SALE')) {
    return event.seatsAvailable <= LOW_STOCK && event.seatsAvailable < event.capacity / 2 ? { text: `Only ${event.seatsAvailable} left`, tone: 'low' } : null;
  }
  if (statuses.includes('NOT_STARTED')) return { text: 'On sale soon', tone: 'later' };
  return { text: statuses.includes('ENDED') ? 'Sales ended' : 'Sold out', tone: 'out' };
}

/** One event in the list: cover, date, title, venue, price and how many seats are left. */
export function EventCard({ event }: { event: EventCardFieldsFragment }) {
  const price = priceLine(event);
  const stock = availability(event);
  return (
    <li className="event-card">
      <Link to={`/events/${event.id}`} className="event-card-link">
        <EventCover event={event} />
        <div className="event-card-body">
          <p className="event-card-when">{formatEventRange(event.startsAt, event.endsAt, event.timeZone, 'short')}</p>
          <h2 className="event-card-title">{event.title}</h2>
          <p className="event-card-venue muted">{event.venue}</p>
          <div className="event-card-foot">
            {price && <span className="event-card-price">{price}</span>}
            {stock && <span className={`event-card-stock stock-${stock.tone}`}>{stock.text}</span>}
          </div>
        </div>
      </Link>
    </li>
  );
}
