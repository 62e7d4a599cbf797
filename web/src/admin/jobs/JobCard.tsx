import { useId } from 'react';
import { graphql } from '../../generated';
import type { JobFieldsFragment, JobState } from '../../generated/graphql';
import { Badge, humanize, type Tone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { ProgressBar } from '../../ui/ProgressBar';

export const JobFieldsDoc = graphql(`
  fragment JobFields on Job {
    id
    kind
    state
    progress
    processed
    total
    message
    resultUrl
    error
    createdAt
    startedAt
    finishedAt
  }
`);

const STATE_TONE: Record<JobState, Tone> = {
  QUEUED: 'neutral',
  ACTIVE: 'info',
  COMPLETED: 'success',
  FAILED: 'danger',
  CANCELLED: 'warning',
};

export const isCancellable = (state: JobState) => state === 'QUEUED' || state === 'ACTIVE';

function counts(job: JobFieldsFragment): string {
  const processed = job.processed.toLocaleString();
  return job.total === null || job.total === undefined ? `${processed} processed` : `${processed} of ${job.total.toLocaleString()}`;
}

/** One background job: what it is, its state, a live progress bar, and what can be done with it. */
export function JobCard({
  job,
  highlight,
  onCancel,
  downloadLabel = 'Download',
  title = humanize(job.kind),
}: {
  job: JobFieldsFragment;
  highlight: boolean;
  onCancel: (job: JobFieldsFragment) => void;
  /** What the result file is, e.g. "Download the error report". */
  downloadLabel?: string;
  /** The job's name, when its kind does not read well (e.g. "SMS campaign" for sms.campaign). */
  title?: string;
}) {
  const titleId = useId();
  // A finished job is all done even when it could not count its items up front.
  const percent = job.state === 'COMPLETED' ? 100 : job.progress;
  const waiting = job.state === 'ACTIVE' && job.total == null && job.progress === 0;

  return (
    <li className={`job job-${job.state.toLowerCase()}${highlight ? ' job-new' : ''}`} data-job-id={job.id} aria-labelledby={titleId}>
      <div className="job-head">
        <div className="job-name">
          <h2 id={titleId}>{title}</h2>
          <span className="muted job-times">
            Queued <DateTime value={job.createdAt} style="compact" />
            {job.startedAt && (
              <>
                {' · '}started <DateTime value={job.startedAt} style="compact" />
              </>
            )}
            {job.finishedAt && (
              <>
                {' · '}finished <DateTime value={job.finishedAt} style="compact" />
              </>
            )}
          </span>
        </div>
        <Badge tone={STATE_TONE[job.state]}>{humanize(job.state)}</Badge>
      </div>

      <div className="job-progress">
        <ProgressBar percent={percent} label={`Progress of ${title}`} tone={STATE_TONE[job.state] === 'neutral' ? 'brand' : STATE_TONE[job.state]} indeterminate={waiting} />
        <span className="job-percent">{waiting ? '…' : `${Math.round(percent)}%`}</span>
      </div>

      <div className="job-foot">
        <span className="job-counts">
          {counts(job)}
          {job.message && <span className="muted"> · {job.message}</span>}
        </span>
        <div className="job-actions">
          {isCancellable(job.state) && (
            <Button size="small" variant="danger" onClick={() => onCancel(job)}>
              Cancel
            </Button>
          )}
          {job.state === 'COMPLETED' && job.resultUrl && (
            <a className="btn btn-primary btn-small" href={job.resultUrl} download>
              {downloadLabel}
            </a>
          )}
        </div>
      </div>
      {job.error && (
        <p className="job-error" role="alert">
          {job.error}
        </p>
      )}
    </li>
  );
}
