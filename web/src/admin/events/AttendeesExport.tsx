import { useMutation, useSubscription } from '@apollo/client/react';
import { useReducer, useRef, useState } from 'react';
import { graphql } from '../../generated';
import type { JobFieldsFragment, JobState } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { JobCard } from '../jobs/JobCard';
import { CancelJobDoc } from '../jobs/JobsPage';

const StartAttendeesExportDoc = graphql(`
  mutation StartAttendeesExport($eventId: ID!) {
    startAttendeesExport(eventId: $eventId) {
      ...JobFields
    }
  }
`);

const AttendeesExportJobUpdatesDoc = graphql(`
  subscription AttendeesExportJobUpdates {
    jobUpdated {
      ...JobFields
    }
  }
`);

const STAGE: Record<JobState, number> = { QUEUED: 0, ACTIVE: 1, COMPLETED: 2, FAILED: 2, CANCELLED: 2 };

/** The later of two snapshots of one job (a job only moves forward). */
function fresher(next: JobFieldsFragment, known: JobFieldsFragment | undefined): JobFieldsFragment {
  if (!known) return next;
  if (STAGE[next.state] !== STAGE[known.state]) return STAGE[next.state] > STAGE[known.state] ? next : known;
  return next.processed >= known.processed ? next : known;
}

/**
 * The attendee CSV export of one event: a background job whose progress shows live in the same
 * card as on the Jobs page. The subscription is open before the job starts, so even a job that
 * finishes at once is seen finishing.
 */
export function AttendeesExport({ eventId }: { eventId: string }) {
  const seen = useRef(new Map<string, JobFieldsFragment>());
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const [jobId, setJobId] = useState<string | null>(null);
  // Not cached, as on the Jobs page: the worker's updates can overtake this answer.
  const [start, starting] = useMutation(StartAttendeesExportDoc, { fetchPolicy: 'no-cache' });
  const [cancelJob] = useMutation(CancelJobDoc);
  const [failure, setFailure] = useState<string | null>(null);

  const remember = (job: JobFieldsFragment) => {
    seen.current.set(job.id, fresher(job, seen.current.get(job.id)));
    rerender();
  };

  useSubscription(AttendeesExportJobUpdatesDoc, {
    onData: ({ data }) => {
      if (data.data) remember(data.data.jobUpdated);
    },
  });

  const onExport = async () => {
    setFailure(null);
    try {
      const { data } = await start({ variables: { eventId } });
      if (!data) return;
      remember(data.startAttendeesExport);
      setJobId(data.startAttendeesExport.id);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };

  const onCancel = async (job: JobFieldsFragment) => {
    setFailure(null);
    try {
      const { data } = await cancelJob({ variables: { id: job.id } });
      if (data) remember(data.cancelJob);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };

  const job = jobId ? seen.current.get(jobId) : undefined;
  const running = job && (job.state === 'QUEUED' || job.state === 'ACTIVE');

  return (
    <div className="export">
      <div className="export-bar">
        <p className="muted">Every ticket of the event as a CSV file: code, status, holder, buyer’s email, type, price and check-in time.</p>
        <Button onClick={onExport} busy={starting.loading} disabled={Boolean(running)}>
          Export CSV
        </Button>
      </div>
      {failure && <Alert kind="error">{failure}</Alert>}
      {job && (
        <ul className="jobs" aria-label="Export">
          <JobCard job={job} highlight onCancel={onCancel} />
        </ul>
      )}
    </div>
  );
}
