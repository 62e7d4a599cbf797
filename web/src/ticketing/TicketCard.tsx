import { Link } from 'react-router-dom';
import { graphql } from '../generated';
import type { TicketCardFieldsFragment } from '../generated/graphql';
import { formatEventRange, ZonedDateTime } from '../ui/EventTime';
import { groupedCode, TicketStatusBadge } from './badges';

export const TicketCardFieldsDoc = graphql(`
  fragment TicketCardFields on Ticket {
    id
    code
    status
    holderName
    checkedInAt
    voidedAt
    qrDataUrl
    ticketType {
      id
      name
    }
    event {
      id
      title
      venue
      startsAt
      endsAt
      timeZone
      visibility
    }
  }
`);

/**
 * A ticket as shown at the door: the QR code the server made (it encodes only the code), the
 * code in readable groups for typing, and what it admits to. A void ticket shows no QR code.
 */
export function TicketCard({ ticket }: { ticket: TicketCardFieldsFragment }) {
  const { event } = ticket;
  return (
    <li className={`ticket ticket-${ticket.status.toLowerCase()}`} data-ticket-code={ticket.code}>
      <div className="ticket-qr">
        {ticket.status === 'VOID' ? (
          <div className="ticket-qr-void">
            <strong>Void</strong>
            <span>Refunded or cancelled: this ticket no longer admits anyone.</span>
          </div>
        ) : (
          <img src={ticket.qrDataUrl} alt={`QR code of ticket ${groupedCode(ticket.code)}`} width={188} height={188} />
        )}
        <code className="ticket-code" aria-label="Ticket code">
          {groupedCode(ticket.code)}
        </code>
      </div>
      <div className="ticket-body">
        <div className="ticket-head">
          <h2 className="ticket-event">{event.visibility === 'PUBLIC' ? <Link to={`/events/${event.id}`}>{event.title}</Link> : event.title}</h2>
          <TicketStatusBadge status={ticket.status} />
        </div>
        <p className="ticket-when">{formatEventRange(event.startsAt, event.endsAt, event.timeZone)}</p>
        <p className="muted">{event.venue}</p>
        <dl className="details ticket-details">
          <div>
            <dt>Ticket</dt>
            <dd>{ticket.ticketType.name}</dd>
          </div>
          <div>
            <dt>Holder</dt>
            <dd>{ticket.holderName}</dd>
          </div>
          {ticket.checkedInAt && (
            <div>
              <dt>Checked in</dt>
              <dd>
                <ZonedDateTime value={ticket.checkedInAt} timeZone={event.timeZone} />
              </dd>
            </div>
          )}
        </dl>
      </div>
    </li>
  );
}
