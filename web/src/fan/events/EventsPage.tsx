import { useState } from 'react';
import { graphql } from '../../generated';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { startOfLocalDay } from '../../ui/zoned-time';
import { EventCard } from './EventCard';

const PublicEventsDoc = graphql(`
  query PublicEvents($first: Int, $after: String, $search: String, $from: DateTimeISO, $to: DateTimeISO) {
    events(first: $first, after: $after, search: $search, from: $from, to: $to) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EventCardFields
        }
      }
    }
  }
`);

const PAGE_SIZE = 12;

/** Upcoming public events, soonest first: search them, narrow them to some days, load more. */
export function EventsPage() {
  const [search, setSearch] = useState('');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim());
  const from = startOfLocalDay(fromDay);
  // "To" is the last day to include: events starting before the next midnight.
  const to = startOfLocalDay(toDay, 1);
  const filtered = Boolean(debouncedSearch || from || to);
  const list = useConnectionQuery(PublicEventsDoc, { first: PAGE_SIZE, search: debouncedSearch || null, from, to }, (data) => data.events);

  const clear = () => {
    setSearch('');
    setFromDay('');
    setToDay('');
  };

  return (
    <Page title="Events" description="Matches, fan fests and meet-ups coming up. Times are shown in each venue's own time zone.">
      <div className="filters">
        <TextField className="field-grow" label="Search" type="search" placeholder="Event, venue or town" value={search} onChange={(event) => setSearch(event.target.value)} />
        <TextField label="From" type="date" value={fromDay} max={toDay || undefined} onChange={(event) => setFromDay(event.target.value)} className="field-date" />
        <TextField label="To" type="date" value={toDay} min={fromDay || undefined} onChange={(event) => setToDay(event.target.value)} className="field-date" />
        {(search || fromDay || toDay) && (
          <Button variant="ghost" onClick={clear}>
            Clear
          </Button>
        )}
      </div>

      <ConnectionList
        {...list}
        loadingLabel="Loading events…"
        noun={['event', 'events']}
        empty={
          <EmptyState title={filtered ? 'No events match' : 'No events coming up'}>
            {filtered ? 'Try other words or a wider date range.' : 'New events appear here as soon as they go on sale.'}
          </EmptyState>
        }
      >
        {(events, stale) => (
          <ul className={`event-grid${stale ? ' is-stale' : ''}`} aria-label="Events">
            {events.edges.map(({ node }) => (
              <EventCard key={node.id} event={node} />
            ))}
          </ul>
        )}
      </ConnectionList>
    </Page>
  );
}
