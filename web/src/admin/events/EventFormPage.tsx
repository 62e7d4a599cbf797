import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { graphql } from '../../generated';
import type { AdminEventFormQuery, EventInput, EventVisibility } from '../../generated/graphql';
import { formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { TextAreaField, TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { fromZonedInput, isTimeZone, localTimeZone, timeZones, toZonedInput } from '../../ui/zoned-time';

const AdminEventFormDoc = graphql(`
  query AdminEventForm($id: ID!) {
    event(id: $id) {
      id
      title
      description
      venue
      address
      startsAt
      endsAt
      timeZone
      coverImageUrl
      capacity
      visibility
      status
      memberPresaleStartsAt
    }
  }
`);

export const AdminEventFieldsDoc = graphql(`
  fragment AdminEventFields on Event {
    id
    title
    description
    venue
    address
    startsAt
    endsAt
    timeZone
    coverImageUrl
    capacity
    visibility
    status
    memberPresaleStartsAt
    publishedAt
    cancelledAt
    updatedAt
  }
`);

const CreateEventDoc = graphql(`
  mutation CreateEvent($input: EventInput!) {
    createEvent(input: $input) {
      ...AdminEventFields
    }
  }
`);

const UpdateEventDoc = graphql(`
  mutation UpdateEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      ...AdminEventFields
    }
  }
`);

const FIELDS = ['title', 'description', 'venue', 'address', 'startsAt', 'endsAt', 'timeZone', 'coverImageUrl', 'capacity', 'visibility', 'memberPresaleStartsAt'] as const;

type Existing = NonNullable<AdminEventFormQuery['event']>;

interface Draft {
  title: string;
  description: string;
  venue: string;
  address: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  coverImageUrl: string;
  capacity: string;
  visibility: EventVisibility;
  memberPresaleStartsAt: string;
}

function draftOf(event: Existing | null): Draft {
  if (!event) {
    return { title: '', description: '', venue: '', address: '', startsAt: '', endsAt: '', timeZone: localTimeZone(), coverImageUrl: '', capacity: '', visibility: 'PUBLIC', memberPresaleStartsAt: '' };
  }
  return {
    title: event.title,
    description: event.description,
    venue: event.venue,
    address: event.address ?? '',
    startsAt: toZonedInput(event.startsAt, event.timeZone),
    endsAt: toZonedInput(event.endsAt, event.timeZone),
    timeZone: event.timeZone,
    coverImageUrl: event.coverImageUrl ?? '',
    capacity: String(event.capacity),
    visibility: event.visibility,
    memberPresaleStartsAt: toZonedInput(event.memberPresaleStartsAt, event.timeZone),
  };
}

/** What the form can tell before asking the server (times need a valid zone to mean anything). */
function localErrors(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isTimeZone(draft.timeZone.trim())) errors.timeZone = 'Choose an IANA time zone from the list, e.g. Europe/London.';
  else {
    if (!fromZonedInput(draft.startsAt, draft.timeZone.trim())) errors.startsAt = 'Enter the date and time the event starts.';
    if (!fromZonedInput(draft.endsAt, draft.timeZone.trim())) errors.endsAt = 'Enter the date and time the event ends.';
  }
  if (draft.memberPresaleStartsAt && isTimeZone(draft.timeZone.trim()) && !fromZonedInput(draft.memberPresaleStartsAt, draft.timeZone.trim())) {
    errors.memberPresaleStartsAt = 'Enter the date and time the member presale opens, or leave it empty.';
  }
  if (!/^\d+$/.test(draft.capacity.trim())) errors.capacity = 'Enter the most people the event can take, as a whole number.';
  return errors;
}

function inputOf(draft: Draft): EventInput {
  const timeZone = draft.timeZone.trim();
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    venue: draft.venue.trim(),
    address: draft.address.trim() || null,
    startsAt: fromZonedInput(draft.startsAt, timeZone)!,
    endsAt: fromZonedInput(draft.endsAt, timeZone)!,
    timeZone,
    coverImageUrl: draft.coverImageUrl.trim() || null,
    capacity: Number(draft.capacity),
    visibility: draft.visibility,
    memberPresaleStartsAt: draft.memberPresaleStartsAt ? fromZonedInput(draft.memberPresaleStartsAt, timeZone) : null,
  };
}

/** Creating an event (/admin/events/new) or editing one (/admin/events/:id/edit). */
export function EventFormPage() {
  const { id } = useParams();
  const { data, loading, error, refetch } = useQuery(AdminEventFormDoc, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });

  if (!id) {
    return (
      <Page title="New event" description="It starts as a draft: add its ticket types, then publish it to put it on sale." width="narrow">
        <EventForm existing={null} />
      </Page>
    );
  }
  const event = data?.event;
  return (
    <Page title={event ? `Edit ${event.title}` : 'Edit event'} width="narrow">
      {event ? (
        <EventForm key={event.id} existing={event} />
      ) : loading ? (
        <Loading label="Loading the event…" />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <Alert kind="error" title="Event not found">
          <Link to="/admin/events">Back to the events</Link>
        </Alert>
      )}
    </Page>
  );
}

function EventForm({ existing }: { existing: Existing | null }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(existing));
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [createEvent, creating] = useMutation(CreateEventDoc);
  const [updateEvent, updating] = useMutation(UpdateEventDoc);
  const zonesId = useId();
  const zoneValid = isTimeZone(draft.timeZone.trim());

  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const onSubmit = async (submit: FormEvent<HTMLFormElement>) => {
    submit.preventDefault();
    const local = localErrors(draft);
    if (Object.keys(local).length > 0) return setErrors({ fields: local, form: null });
    setErrors({ fields: {}, form: null });
    try {
      const input = inputOf(draft);
      if (existing) {
        await updateEvent({ variables: { id: existing.id, input } });
        await navigate(`/admin/events/${existing.id}`, { state: { saved: true } });
      } else {
        const { data } = await createEvent({ variables: { input } });
        if (data) await navigate(`/admin/events/${data.createEvent.id}/tickets`, { state: { created: true } });
      }
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  const cancelled = existing?.status === 'CANCELLED';

  return (
    <form className="card form" onSubmit={onSubmit} noValidate>
      {cancelled && <Alert kind="warning">This event was cancelled and can no longer be changed.</Alert>}
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <TextField label="Title" value={draft.title} onChange={(e) => set('title')(e.target.value)} required maxLength={200} error={errors.fields.title} />
      <TextAreaField
        label="Description"
        value={draft.description}
        onChange={(e) => set('description')(e.target.value)}
        rows={5}
        hint="Plain text. Line breaks are kept."
        error={errors.fields.description}
      />
      <div className="form-grid">
        <TextField label="Venue" value={draft.venue} onChange={(e) => set('venue')(e.target.value)} required placeholder="Riverside Stadium" error={errors.fields.venue} />
        <TextField label="Address" value={draft.address} onChange={(e) => set('address')(e.target.value)} placeholder="1 River Road, Riverside" error={errors.fields.address} />
      </div>
      <TextField
        label="Time zone"
        value={draft.timeZone}
        onChange={(e) => set('timeZone')(e.target.value)}
        list={zonesId}
        required
        autoComplete="off"
        spellCheck={false}
        hint="The venue’s IANA time zone. Start and end are its local times, and fans see them that way."
        error={errors.fields.timeZone}
      />
      <datalist id={zonesId}>
        {timeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="form-grid">
        <TextField
          label="Starts"
          type="datetime-local"
          value={draft.startsAt}
          onChange={(e) => set('startsAt')(e.target.value)}
          required
          hint={zoneValid ? `Local time in ${draft.timeZone.trim()}` : undefined}
          error={errors.fields.startsAt}
        />
        <TextField
          label="Ends"
          type="datetime-local"
          value={draft.endsAt}
          min={draft.startsAt || undefined}
          onChange={(e) => set('endsAt')(e.target.value)}
          required
          hint={zoneValid ? `Local time in ${draft.timeZone.trim()}` : undefined}
          error={errors.fields.endsAt}
        />
      </div>
      <TextField
        label="Capacity"
        type="number"
        inputMode="numeric"
        min={1}
        value={draft.capacity}
        onChange={(e) => set('capacity')(e.target.value)}
        required
        hint="The most tickets the event can have sold or held at once, across all ticket types."
        error={errors.fields.capacity}
        className="field-short"
      />
      <TextField
        label="Members’ presale from"
        type="datetime-local"
        value={draft.memberPresaleStartsAt}
        onChange={(e) => set('memberPresaleStartsAt')(e.target.value)}
        hint={`Optional: members may buy from then on, before each ticket type’s general sale.${zoneValid ? ` Local time in ${draft.timeZone.trim()}.` : ''}`}
        error={errors.fields.memberPresaleStartsAt}
      />
      <TextField
        label="Cover image URL"
        type="url"
        value={draft.coverImageUrl}
        onChange={(e) => set('coverImageUrl')(e.target.value)}
        placeholder="https://…"
        hint="Optional. An https address of a wide image."
        error={errors.fields.coverImageUrl}
      />
      {draft.coverImageUrl.startsWith('https://') && (
        <img className="cover-preview" src={draft.coverImageUrl} alt="Cover preview" referrerPolicy="no-referrer" />
      )}
      <fieldset className="choice-group">
        <legend>Visibility</legend>
        <label className="choice">
          <input type="radio" name="visibility" value="PUBLIC" checked={draft.visibility === 'PUBLIC'} onChange={() => set('visibility')('PUBLIC')} />
          <span>
            <strong>Public</strong>
            <span className="muted">Listed on the events page and found by search once published.</span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name="visibility" value="PRIVATE" checked={draft.visibility === 'PRIVATE'} onChange={() => set('visibility')('PRIVATE')} />
          <span>
            <strong>Private</strong>
            <span className="muted">Never listed: it opens only with its secret link, which you share.</span>
          </span>
        </label>
        {errors.fields.visibility && <p className="field-error">{errors.fields.visibility}</p>}
      </fieldset>
      <div className="form-actions">
        <Link to={existing ? `/admin/events/${existing.id}` : '/admin/events'} className="btn btn-secondary">
          Cancel
        </Link>
        <Button type="submit" variant="primary" busy={creating.loading || updating.loading} disabled={cancelled}>
          {existing ? 'Save changes' : 'Create event'}
        </Button>
      </div>
    </form>
  );
}
