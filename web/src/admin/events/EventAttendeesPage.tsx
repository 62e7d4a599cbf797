import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import type { TicketStatus } from '../../generated/graphql';
import { groupedCode, TicketStatusBadge } from '../../ticketing/badges';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { ZonedDateTime } from '../../ui/EventTime';
import { EnumOptions, SelectField, TextField } from '../../ui/Field';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { AdminEventFrame, type AdminEvent } from './AdminEventFrame';
import { AttendeesExport } from './AttendeesExport';

const AdminEventAttendeesDoc = graphql(`
  query AdminEventAttendees($eventId: ID!, $first: Int, $after: String, $search: String, $status: TicketStatus) {
    attendees(eventId: $eventId, first: $first, after: $after, search: $search, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          status
          holderName
          checkedInAt
          checkedInBy {
            id
            name
          }
          ticketType {
            id
            name
          }
          order {
            id
            buyer {
              id
              email
            }
          }
        }
      }
    }
  }
`);

const STATUSES: TicketStatus[] = ['VALID', 'CHECKED_IN', 'VOID'];
const PAGE_SIZE = 25;

export function EventAttendeesPage() {
  return <AdminEventFrame>{(event) => <Attendees event={event} />}</AdminEventFrame>;
}

/** Everyone holding a ticket for the event: search by name, email or code, filter by status, export as CSV. */
function Attendees({ event }: { event: AdminEvent }) {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<TicketStatus | ''>('');
  const debouncedSearch = useDebouncedValue(search.trim());
  const list = useConnectionQuery(AdminEventAttendeesDoc, { eventId: event.id, first: PAGE_SIZE, search: debouncedSearch || null, status: status || null }, (data) => data.attendees);

  return (
    <>
      <AttendeesExport eventId={event.id} />
      <div className="filters">
        <TextField className="field-grow" label="Search" type="search" placeholder="Holder name, buyer email or a ticket code" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as TicketStatus | '')}>
          <option value="">All tickets</option>
          <EnumOptions values={STATUSES} />
        </SelectField>
      </div>
      <ConnectionList
        {...list}
        loadingLabel="Loading attendees…"
        noun={['ticket', 'tickets']}
        empty={
          <EmptyState title={debouncedSearch || status ? 'No tickets match' : 'No tickets sold yet'}>
            {debouncedSearch || status ? 'A code must be typed in full.' : 'Attendees appear here once their orders are paid.'}
          </EmptyState>
        }
      >
        {(attendees, stale) => (
          <div className={`table-wrap${stale ? ' is-stale' : ''}`}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Holder</th>
                  <th scope="col">Ticket</th>
                  <th scope="col">Code</th>
                  <th scope="col">Status</th>
                  <th scope="col">Checked in</th>
                </tr>
              </thead>
              <tbody>
                {attendees.edges.map(({ node: ticket }) => (
                  <tr key={ticket.id}>
                    <td data-label="Holder">
                      <div className="user-cell">
                        <strong>{ticket.holderName}</strong>
                        {ticket.order && (
                          <Link to={`/admin/orders/${ticket.order.id}`} className="muted">
                            {ticket.order.buyer?.email ?? 'Order'}
                          </Link>
                        )}
                      </div>
                    </td>
                    <td data-label="Ticket">{ticket.ticketType.name}</td>
                    <td data-label="Code">
                      <code>{groupedCode(ticket.code)}</code>
                    </td>
                    <td data-label="Status">
                      <TicketStatusBadge status={ticket.status} />
                    </td>
                    <td data-label="Checked in">
                      {ticket.checkedInAt ? (
                        <span className="user-cell">
                          <ZonedDateTime value={ticket.checkedInAt} timeZone={event.timeZone} />
                          {ticket.checkedInBy && <span className="muted">by {ticket.checkedInBy.name}</span>}
                        </span>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ConnectionList>
    </>
  );
}
