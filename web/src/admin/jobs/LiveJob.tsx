import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { JobFieldsFragment } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { humanize } from '../../ui/Badge';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { JobCard } from './JobCard';
import { CancelJobDoc } from './JobsPage';

/** "Leads import" -> "leads import", but "SMS campaign" stays as it is. */
const lowerFirst = (text: string) => (/^.[A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));

/** A job started from another page (an import, an export, a campaign), with its live progress and a way to cancel it. */
export function LiveJob({
  job,
  live,
  title,
  downloadLabel,
  cancelQuestion = 'It stops as soon as possible.',
}: {
  job: JobFieldsFragment;
  live: string;
  title?: string;
  downloadLabel?: string;
  /** What cancelling means for this job, shown before confirming. */
  cancelQuestion?: string;
}) {
  const [cancelJob, cancelling] = useMutation(CancelJobDoc, { fetchPolicy: 'no-cache' });
  const [asking, setAsking] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const finished = job.state === 'COMPLETED' || job.state === 'FAILED' || job.state === 'CANCELLED';

  const onCancel = async () => {
    setCancelError(null);
    try {
      await cancelJob({ variables: { id: job.id } });
    } catch (error) {
      setCancelError(errorMessage(error));
    }
    setAsking(false);
  };

  return (
    <div className="live-job">
      {!finished && live !== 'connected' && (
        <p className="live live-connecting" role="status">
          Connecting for live progress…
        </p>
      )}
      {cancelError && <Alert kind="error">{cancelError}</Alert>}
      <ul className="jobs" aria-label="Progress">
        <JobCard job={job} highlight={false} title={title} downloadLabel={downloadLabel} onCancel={() => setAsking(true)} />
      </ul>
      <ConfirmDialog
        open={asking}
        title={`Cancel the ${lowerFirst(title ?? humanize(job.kind))}?`}
        confirmLabel="Cancel it"
        cancelLabel="Keep it running"
        tone="danger"
        busy={cancelling.loading}
        onConfirm={onCancel}
        onCancel={() => setAsking(false)}
      >
        {cancelQuestion}
      </ConfirmDialog>
    </div>
  );
}
