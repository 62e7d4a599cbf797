import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ADMIN, mayOpen } from '../app/access';
import { useViewer } from '../app/useSession';
import { graphql } from '../generated';
import { Badge } from '../ui/Badge';
import { EmptyState } from '../ui/EmptyState';
import { LoadingOrError } from '../ui/ErrorState';
import { formatEventRange } from '../ui/EventTime';
import { TextField } from '../ui/Field';
import { useDebouncedValue } from '../ui/useDebouncedValue';

export const DoorEventFieldsDoc = graphql(`
  fragment DoorEventFields on Event {
    id
    title
    venue
    startsAt
    endsAt
    timeZone
    visibility
  }
`);

const DoorPublicEventsDoc = graphql(`
  query DoorPublicEvents($search: String) {
    events(first: 30, search: $search) {
      totalCount
      edges {
        node {
          ...DoorEventFields
        }
      }
    }
  }
`);

const DoorAdminEventsDoc = graphql(`
  query DoorAdminEvents($search: String) {
    adminEvents(first: 30, search: $search, status: PUBLISHED) {
      totalCount
      edges {
        node {
          ...DoorEventFields
        }
      }
    }
  }
`);

/** An event starting within this long is about to need its door. */
const SOON_MS = 12 * 3600_000;

/**
 * Which event this door admits to. Volunteers see the upcoming public events (a private event's
 * door opens from the link its admin shares); admins see every published event.
 */
export function DoorEventChooser({ onChoose }: { onChoose: (eventId: string) => void }) {
  const viewer = useViewer();
  const admin = mayOpen(ADMIN, viewer);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const variables = { search: debounced || null };
  const publicEvents = useQuery(DoorPublicEventsDoc, { variables, skip: admin, fetchPolicy: 'cache-and-network' });
  const adminEvents = useQuery(DoorAdminEventsDoc, { variables, skip: !admin, fetchPolicy: 'cache-and-network' });
  const result = admin ? adminEvents : publicEvents;
  const connection = admin ? (adminEvents.data ?? adminEvents.previousData)?.adminEvents : (publicEvents.data ?? publicEvents.previousData)?.events;
  const now = Date.now();

  return (
    <div className="door-choose">
      <TextField label="Find the event" type="search" placeholder="Event or venue" value={search} onChange={(event) => setSearch(event.target.value)} />
      {!connection ? (
        <LoadingOrError loading={result.loading} label="Loading events…" error={result.error} onRetry={() => void result.refetch()} />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={debounced ? 'No event matches' : 'No events to check in'}>
          {admin ? 'Publish an event first.' : 'For a private event, open the door link the organiser sent you.'}
        </EmptyState>
      ) : (
        <ul className="door-events" aria-label="Events">
          {connection.edges.map(({ node: event }) => {
            const starts = new Date(event.startsAt).getTime();
            const running = starts <= now && new Date(event.endsAt).getTime() >= now;
            const soon = !running && starts - now < SOON_MS;
            return (
              <li key={event.id}>
                <button type="button" className="door-event" onClick={() => onChoose(event.id)}>
                  <span className="door-event-title">
                    {event.title}
                    {running && <Badge tone="success">Now on</Badge>}
                    {soon && <Badge tone="info">Soon</Badge>}
                  </span>
                  <span className="muted">
                    {formatEventRange(event.startsAt, event.endsAt, event.timeZone, 'short')} · {event.venue}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
