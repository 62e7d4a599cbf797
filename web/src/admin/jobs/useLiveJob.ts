import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { graphql } from '../../generated';
import type { JobFieldsFragment, JobState } from '../../generated/graphql';
import { liveStatus } from '../../graphql/ws';

const LiveJobDoc = graphql(`
  query LiveJob($id: ID!) {
    job(id: $id) {
      ...JobFields
    }
  }
`);

const LiveJobUpdatesDoc = graphql(`
  subscription LiveJobUpdates($id: ID!) {
    jobUpdated(id: $id) {
      ...JobFields
    }
  }
`);

const STAGE: Record<JobState, number> = { QUEUED: 0, ACTIVE: 1, COMPLETED: 2, FAILED: 2, CANCELLED: 2 };

/** The later of two snapshots of one job (a job only moves forward: queued, active, finished; processed grows). */
function later(a: JobFieldsFragment | null | undefined, b: JobFieldsFragment | null | undefined): JobFieldsFragment | null {
  if (!a || !b) return a ?? b ?? null;
  if (STAGE[a.state] !== STAGE[b.state]) return STAGE[a.state] > STAGE[b.state] ? a : b;
  return b.processed >= a.processed ? b : a;
}

/**
 * One job, kept current by the jobUpdated subscription. `started` is the job as the mutation that
 * started it returned it. The load, the started snapshot and the pushed updates can arrive in any
 * order, so the furthest along wins; a reconnected socket reloads the job (updates are not replayed).
 */
export function useLiveJob(id: string | null, started?: JobFieldsFragment | null) {
  const live = useSyncExternalStore(liveStatus.subscribe, liveStatus.getSnapshot);
  const query = useQuery(LiveJobDoc, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const pushed = useSubscription(LiveJobUpdatesDoc, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'no-cache' });
  const { refetch } = query;
  const wasLive = useRef(live);

  useEffect(() => {
    if (id && live === 'connected' && wasLive.current !== 'connected') void refetch();
    wasLive.current = live;
  }, [id, live, refetch]);

  const job = later(later(started?.id === id ? started : null, query.data?.job), pushed.data?.jobUpdated);
  return { job, live, error: query.error ?? pushed.error ?? null };
}
