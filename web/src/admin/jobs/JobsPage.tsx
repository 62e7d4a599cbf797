import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { graphql } from '../../generated';
import type { AdminJobsQuery, JobFieldsFragment, JobState } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { liveStatus } from '../../graphql/ws';
import { Alert } from '../../ui/Alert';
import { humanize } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState, LoadingOrError } from '../../ui/ErrorState';
import { EnumOptions, SelectField } from '../../ui/Field';
import { LoadMore } from '../../ui/LoadMore';
import { Page } from '../../ui/Page';
import { isCancellable, JobCard } from './JobCard';
import { useLoadMore } from '../../ui/useLoadMore';

const AdminJobsDoc = graphql(`
  query AdminJobs($first: Int, $after: String, $state: JobState) {
    jobs(first: $first, after: $after, state: $state) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...JobFields
        }
      }
    }
  }
`);

const JobUpdatesDoc = graphql(`
  subscription JobUpdates {
    jobUpdated {
      ...JobFields
    }
  }
`);

const StartUsersExportDoc = graphql(`
  mutation StartUsersExport {
    startUsersExport {
      ...JobFields
    }
  }
`);

export const CancelJobDoc = graphql(`
  mutation CancelJob($id: ID!) {
    cancelJob(id: $id) {
      ...JobFields
    }
  }
`);

const STATES: JobState[] = ['QUEUED', 'ACTIVE', 'COMPLETED', 'FAILED', 'CANCELLED'];
const PAGE_SIZE = 20;

/**
 * The list with `job` in it: added on top when new (it is the newest), otherwise updated in place
 * when `update` says the news is fresher than what is listed.
 */
function withJob(list: AdminJobsQuery, job: JobFieldsFragment, update: boolean): AdminJobsQuery | undefined {
  const { edges } = list.jobs;
  if (edges.some((edge) => edge.node.id === job.id)) {
    if (!update) return undefined;
    return { ...list, jobs: { ...list.jobs, edges: edges.map((edge) => (edge.node.id === job.id ? { ...edge, node: job } : edge)) } };
  }
  return { ...list, jobs: { ...list.jobs, totalCount: list.jobs.totalCount + 1, edges: [{ __typename: 'JobEdge', cursor: `live:${job.id}`, node: job }, ...edges] } };
}

export function JobsPage() {
  const [state, setState] = useState<JobState | ''>('');
  const { data, previousData, loading, error, fetchMore, refetch, subscribeToMore, updateQuery } = useQuery(AdminJobsDoc, {
    variables: { first: PAGE_SIZE, state: state || null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const live = useSyncExternalStore(liveStatus.subscribe, liveStatus.getSnapshot);
  // Not cached: the worker's updates on the websocket can overtake this answer, and its snapshot of
  // the new job (still QUEUED) must not overwrite them.
  const [startExport, exporting] = useMutation(StartUsersExportDoc, { fetchPolicy: 'no-cache' });
  const [cancelJob, cancelling] = useMutation(CancelJobDoc);
  const [actionError, setActionError] = useState<string | null>(null);
  const [toCancel, setToCancel] = useState<JobFieldsFragment | null>(null);
  const [startedId, setStartedId] = useState<string | null>(null);
  const [liveError, setLiveError] = useState<string | null>(null);

  // Every change of every job this admin may see, pushed by the server as it happens.
  useEffect(
    () =>
      subscribeToMore({
        document: JobUpdatesDoc,
        updateQuery: (_unsafe, { complete, previousData: list, subscriptionData }) => {
          setLiveError(null);
          return complete ? withJob(list, subscriptionData.data.jobUpdated, true) : undefined;
        },
        onError: (err) => setLiveError(errorMessage(err)),
      }),
    [subscribeToMore],
  );

  // Changes made while the socket was down (or before it first connected) are not replayed: reload then.
  useEffect(() => {
    if (live === 'connected') void refetch();
  }, [live, refetch]);

  const onExport = async () => {
    setActionError(null);
    try {
      const { data: started } = await startExport();
      if (!started) return;
      const job = started.startUsersExport;
      setStartedId(job.id);
      updateQuery((_unsafe, { complete, previousData: list }) => (complete ? withJob(list, job, false) : undefined));
    } catch (err) {
      setActionError(errorMessage(err));
    }
  };

  const onCancel = async () => {
    if (!toCancel) return;
    setActionError(null);
    try {
      await cancelJob({ variables: { id: toCancel.id } });
    } catch (err) {
      setActionError(errorMessage(err));
    }
    setToCancel(null);
  };

  const jobs = (data ?? previousData)?.jobs;
  const { loadingMore, loadMore } = useLoadMore(fetchMore, jobs?.pageInfo.endCursor);
  // A job that changed state since it was listed leaves a filtered list at once.
  const shown = jobs?.edges.filter((edge) => !state || edge.node.state === state) ?? [];

  return (
    <Page
      title="Jobs"
      description="Exports and other background work, updated live as it runs."
      actions={
        <>
          <span className={`live live-${live}`} role="status">
            {live === 'connected' ? 'Live' : 'Connecting…'}
          </span>
          <Button variant="primary" onClick={onExport} busy={exporting.loading}>
            Export users
          </Button>
        </>
      }
    >
      <div className="filters">
        <SelectField label="State" value={state} onChange={(event) => setState(event.target.value as JobState | '')}>
          <option value="">All states</option>
          <EnumOptions values={STATES} />
        </SelectField>
      </div>

      {actionError && <Alert kind="error">{actionError}</Alert>}
      {liveError && (
        <Alert kind="warning" title="Live updates stopped">
          {liveError} Reload the page to try again.
        </Alert>
      )}

      {!jobs ? (
        <LoadingOrError loading={loading} label="Loading jobs…" error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          {error && <ErrorState error={error} onRetry={() => void refetch()} />}
          {shown.length === 0 ? (
            <EmptyState title={state ? `No ${humanize(state).toLowerCase()} jobs` : 'No jobs yet'}>
              {state ? 'Choose another state to see other jobs.' : 'Start one with “Export users”; its progress appears here live.'}
            </EmptyState>
          ) : (
            <ul className="jobs" aria-label="Jobs">
              {shown.map(({ node: job }) => (
                <JobCard key={job.id} job={job} highlight={job.id === startedId} onCancel={(picked) => isCancellable(picked.state) && setToCancel(picked)} />
              ))}
            </ul>
          )}
          <LoadMore shown={shown.length} total={jobs.totalCount} hasMore={jobs.pageInfo.hasNextPage} loading={loadingMore} onLoadMore={loadMore} noun={['job', 'jobs']} />
        </>
      )}

      <ConfirmDialog
        open={toCancel !== null}
        title={`Cancel this ${toCancel ? humanize(toCancel.kind).toLowerCase() : 'job'}?`}
        confirmLabel="Cancel job"
        cancelLabel="Keep it running"
        tone="danger"
        busy={cancelling.loading}
        onConfirm={onCancel}
        onCancel={() => setToCancel(null)}
      >
        It stops as soon as possible; what it has done so far is discarded.
      </ConfirmDialog>
    </Page>
  );
}
