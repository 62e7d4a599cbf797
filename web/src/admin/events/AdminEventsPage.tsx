import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import type { EventStatus, EventVisibility } from '../../generated/graphql';
import { EventStatusBadge } from '../../ticketing/badges';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { formatEventRange } from '../../ui/EventTime';
import { EnumOptions, SelectField, TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { ProgressBar } from '../../ui/ProgressBar';
import { useDebouncedValue } from '../../ui/useDebouncedValue';

const AdminEventsDoc = graphql(`
  query AdminEvents($first: Int, $after: String, $search: String, $status: EventStatus, $visibility: EventVisibility) {
    adminEvents(first: $first, after: $after, search: $search, status: $status, visibility: $visibility) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          venue
          startsAt
          endsAt
          timeZone
          status
          visibility
          capacity
          seatsSold
          seatsHeld
        }
      }
    }
  }
`);

const STATUSES: EventStatus[] = ['DRAFT', 'PUBLISHED', 'CANCELLED'];
const VISIBILITIES: EventVisibility[] = ['PUBLIC', 'PRIVATE'];
const PAGE_SIZE = 25;

/** Every event, drafts and private ones included, newest first, with how full each is. */
export function AdminEventsPage() {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<EventStatus | ''>('');
  const [visibility, setVisibility] = useState<EventVisibility | ''>('');
  const debouncedSearch = useDebouncedValue(search.trim());
  const list = useConnectionQuery(AdminEventsDoc, { first: PAGE_SIZE, search: debouncedSearch || null, status: status || null, visibility: visibility || null }, (data) => data.adminEvents);
  const filtered = Boolean(debouncedSearch || status || visibility);

  return (
    <Page
      title="Events"
      description="Create events, set their tickets and prices, and follow their sales."
      actions={
        <Link to="/admin/events/new" className="btn btn-primary">
          New event
        </Link>
      }
    >
      <div className="filters">
        <TextField className="field-grow" label="Search" type="search" placeholder="Title, venue or address" value={search} onChange={(event) => setSearch(event.target.value)} />
        <SelectField label="Status" value={status} onChange={(event) => setStatus(event.target.value as EventStatus | '')}>
          <option value="">All statuses</option>
          <EnumOptions values={STATUSES} />
        </SelectField>
        <SelectField label="Visibility" value={visibility} onChange={(event) => setVisibility(event.target.value as EventVisibility | '')}>
          <option value="">Public and private</option>
          <EnumOptions values={VISIBILITIES} />
        </SelectField>
      </div>

      <ConnectionList
        {...list}
        loadingLabel="Loading events…"
        noun={['event', 'events']}
        empty={
          <EmptyState title={filtered ? 'No events match' : 'No events yet'}>
            {filtered ? 'Try another search or filter.' : <Link to="/admin/events/new">Create the first event</Link>}
          </EmptyState>
        }
      >
        {(events, stale) => (
          <div className={`table-wrap${stale ? ' is-stale' : ''}`}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">When</th>
                  <th scope="col">Status</th>
                  <th scope="col">Sold</th>
                </tr>
              </thead>
              <tbody>
                {events.edges.map(({ node: event }) => (
                  <tr key={event.id}>
                    <td data-label="Event">
                      <div className="user-cell">
                        <Link to={`/admin/events/${event.id}`}>
                          <strong>{event.title}</strong>
                        </Link>
                        <span className="muted">{event.venue}</span>
                      </div>
                    </td>
                    <td data-label="When">
                      <span className="nowrap-md">{formatEventRange(event.startsAt, event.endsAt, event.timeZone, 'short')}</span>
                    </td>
                    <td data-label="Status">
                      <span className="row row-tight">
                        <EventStatusBadge status={event.status} />
                        {event.visibility === 'PRIVATE' && <Badge tone="brand">Private</Badge>}
                      </span>
                    </td>
                    <td data-label="Sold">
                      <div className="meter">
                        <span className="meter-figures">
                          {event.seatsSold.toLocaleString()} / {event.capacity.toLocaleString()}
                        </span>
                        <ProgressBar percent={(event.seatsSold / event.capacity) * 100} label={`Sold of ${event.title}`} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ConnectionList>
    </Page>
  );
}
