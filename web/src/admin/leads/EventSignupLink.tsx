import { Alert } from '../../ui/Alert';
import { CopyButton } from '../../ui/CopyButton';
import type { EventChoice } from './EventSelect';

/** The address of an event's signup form, to put on its posters (a private event's carries its access key). */
export function EventSignupLink({ event }: { event: EventChoice }) {
  const url = `${window.location.origin}/signup/${event.id}${event.visibility === 'PRIVATE' ? `?key=${encodeURIComponent(event.accessKey)}` : ''}`;
  return (
    <Alert kind="info" title={`Leads from the signup form of “${event.title}”`}>
      <div className="secret-row">
        <input className="secret-value" readOnly value={url} aria-label={`Signup form of ${event.title}`} onFocus={(focus) => focus.currentTarget.select()} />
        <CopyButton text={url} label="Copy link" />
      </div>
      {event.status !== 'PUBLISHED' && <p>The form opens once the event is published.</p>}
    </Alert>
  );
}
