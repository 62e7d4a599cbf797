import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import type { AdminEventHeaderQuery } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CopyButton } from '../../ui/CopyButton';

const RegenerateAccessKeyDoc = graphql(`
  mutation RegenerateEventAccessKey($id: ID!) {
    regenerateEventAccessKey(id: $id) {
      id
      accessKey
      shareUrl
    }
  }
`);

type Event = NonNullable<AdminEventHeaderQuery['event']>;

/**
 * Links to hand out: a private event's secret link (with a way to replace it if it leaked), and
 * the door page for volunteers (with the key, so a private event's name shows there too).
 */
export function ShareLinks({ event }: { event: Event }) {
  const [regenerate, regenerating] = useMutation(RegenerateAccessKeyDoc);
  const [confirm, setConfirm] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const privateEvent = event.visibility === 'PRIVATE';
  const doorPath = `/door?event=${event.id}${privateEvent ? `&key=${encodeURIComponent(event.accessKey)}` : ''}`;
  const doorUrl = new URL(doorPath, window.location.origin).href;

  const onRegenerate = async () => {
    setFailure(null);
    try {
      await regenerate({ variables: { id: event.id } });
    } catch (err) {
      setFailure(errorMessage(err));
    }
    setConfirm(false);
  };

  return (
    <div className="share-links">
      {privateEvent && (
        <div className="share-link">
          <span className="share-link-label">Private link</span>
          <input className="share-link-value" readOnly value={event.shareUrl} aria-label="Private link" onFocus={(focus) => focus.currentTarget.select()} />
          <CopyButton text={event.shareUrl} label="Copy link" />
          <Button size="small" variant="ghost" onClick={() => setConfirm(true)}>
            New link
          </Button>
        </div>
      )}
      <div className="share-link">
        <span className="share-link-label">Door page</span>
        <input className="share-link-value" readOnly value={doorUrl} aria-label="Door page link" onFocus={(focus) => focus.currentTarget.select()} />
        <CopyButton text={doorUrl} label="Copy" />
        <Link className="btn btn-ghost btn-small" to={doorPath}>
          Open
        </Link>
      </div>
      {failure && <Alert kind="error">{failure}</Alert>}
      <ConfirmDialog
        open={confirm}
        title="Replace the private link?"
        confirmLabel="Replace link"
        tone="danger"
        busy={regenerating.loading}
        onConfirm={onRegenerate}
        onCancel={() => setConfirm(false)}
      >
        The current link stops working at once: only people you send the new one to can open the event. Tickets already bought stay valid.
      </ConfirmDialog>
    </div>
  );
}
