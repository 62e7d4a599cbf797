import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useSyncExternalStore } from 'react';
import { graphql } from '../generated';
import { liveStatus } from '../graphql/ws';
import { ProgressBar } from '../ui/ProgressBar';

const DoorCountDoc = graphql(`
  query DoorCount($eventId: ID!) {
    checkInStats(eventId: $eventId) {
      eventId
      checkedIn
      sold
      capacity
    }
  }
`);

export const DoorCountUpdatesDoc = graphql(`
  subscription DoorCountUpdates($eventId: ID!) {
    checkInUpdated(eventId: $eventId) {
      eventId
      checkedIn
      sold
      capacity
    }
  }
`);

/**
 * The door count, live: every check-in at any door, every sale and refund arrives over
 * checkInUpdated (the cache keeps one count per event, so the query above shows each update).
 */
export function DoorCount({ eventId, onMissing }: { eventId: string; onMissing: () => void }) {
  const { data, loading, refetch } = useQuery(DoorCountDoc, { variables: { eventId }, fetchPolicy: 'cache-and-network' });
  const live = useSyncExternalStore(liveStatus.subscribe, liveStatus.getSnapshot);
  const updates = useSubscription(DoorCountUpdatesDoc, { variables: { eventId } });

  // Updates missed while the socket was down are not replayed: read the count again on reconnect.
  useEffect(() => {
    if (live === 'connected') void refetch();
  }, [live, refetch]);

  const missing = !loading && data && data.checkInStats === null;
  useEffect(() => {
    if (missing) onMissing();
  }, [missing, onMissing]);

  const stats = updates.data?.checkInUpdated ?? data?.checkInStats;
  if (!stats) return <div className="door-count door-count-empty" aria-hidden="true" />;
  const percent = stats.sold > 0 ? (stats.checkedIn / stats.sold) * 100 : 0;

  return (
    <div className="door-count">
      <p className="door-count-figures" aria-live="polite">
        <strong data-testid="checked-in">{stats.checkedIn.toLocaleString()}</strong>
        <span> of {stats.sold.toLocaleString()} checked in</span>
      </p>
      <ProgressBar percent={percent} label="Checked in of tickets sold" tone="success" />
      <p className="door-count-meta">
        <span className={`live live-${live}`}>{live === 'connected' ? 'Live' : 'Reconnecting…'}</span>
        <span className="muted">Capacity {stats.capacity.toLocaleString()}</span>
      </p>
    </div>
  );
}
