import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
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
 * Links to hand out: the event's page (for a private event its secret link, with a way to replace
 * it if it leaked), and the door page for volunteers (with the key, so a private event's name
 * shows there too).
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

  // The same route as the server's shareUrl (/events/<id>?key=<accessKey>), opened inside the app.
  const eventPath = `/events/${event.id}${privateEvent ? `?key=${encodeURIComponent(event.accessKey)}` : ''}`;

  return (
    <div className="share-links">
      <LinkRow label={privateEvent ? 'Private link' : 'Event page'} url={privateEvent ? event.shareUrl : new URL(eventPath, window.location.origin).href} path={eventPath}>
        {privateEvent && (
          <Button size="small" variant="ghost" onClick={() => setConfirm(true)}>
            New link
          </Button>
        )}
      </LinkRow>
      <LinkRow label="Door page" url={doorUrl} path={doorPath} />
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

function LinkRow({ label, url, path, children }: { label: string; url: string; path: string; children?: ReactNode }) {
  return (
    <div className="share-link">
      <span className="share-link-label">{label}</span>
      <input className="share-link-value" readOnly value={url} aria-label={label} onFocus={(focus) => focus.currentTarget.select()} />
      <CopyButton text={url} label="Copy" />
      <Link className="btn btn-ghost btn-small" to={path}>
        Open
      </Link>
      {children}
    </div>
  );
}
