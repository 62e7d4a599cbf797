import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../generated';
import type { OnSaleStatsQuery } from '../../generated/graphql';
import { errorMessage, formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LoadingOrError } from '../../ui/ErrorState';
import { formatInZone } from '../../ui/EventTime';
import { TextField } from '../../ui/Field';
import { fromZonedInput, toZonedInput } from '../../ui/zoned-time';
import type { AdminEvent } from './AdminEventFrame';

const OnSaleStatsDoc = graphql(`
  query OnSaleStats($eventId: ID!) {
    onSaleStats(eventId: $eventId) {
      eventId
      queued
      admitted
      passesActive
      passesUsed
      passesReturned
      inCheckout
      sold
      stock
      onSale {
        startsAt
        admissionsPerMinute
        passSeconds
      }
    }
  }
`);

const SetOnSaleDoc = graphql(`
  mutation SetOnSale($eventId: ID!, $input: OnSaleInput!) {
    setOnSale(eventId: $eventId, input: $input) {
      startsAt
      admissionsPerMinute
      passSeconds
    }
  }
`);

const RemoveOnSaleDoc = graphql(`
  mutation RemoveOnSale($eventId: ID!) {
    removeOnSale(eventId: $eventId)
  }
`);

/** The queue moves every fraction of a second; the figures are read this often. */
const POLL_MS = 2000;
const FIELDS = ['startsAt', 'admissionsPerMinute', 'passSeconds'] as const;

type Stats = NonNullable<OnSaleStatsQuery['onSaleStats']>;

const STOCK_TEXT: Record<Stats['stock'], string> = {
  AVAILABLE: 'Tickets left: admitting',
  ALL_HELD: 'Every ticket is in a checkout: admission paused until some come back',
  SOLD_OUT: 'Sold out: the queue admits no one',
};

/**
 * The event's waiting room (admin): set it up with a start and a rate, watch the queue, the
 * admitted fans, the checkouts and the sales, change the rate while it runs, or end it.
 */
export function OnSalePanel({ event }: { event: AdminEvent }) {
  const { data, loading, error, refetch } = useQuery(OnSaleStatsDoc, { variables: { eventId: event.id }, pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const [ending, setEnding] = useState(false);
  const [remove, removing] = useMutation(RemoveOnSaleDoc, { variables: { eventId: event.id } });

  if (!data) return <LoadingOrError loading={loading} label="Loading the waiting room…" error={error} onRetry={() => void refetch()} />;
  const stats = data.onSaleStats;
  const done = () => {
    setEditing(false);
    void refetch();
  };

  return (
    <section className="card stack" aria-label="Waiting room">
      <div className="card-head">
        <div>
          <h2 className="card-title">Waiting room</h2>
          <p className="muted">
            {stats
              ? `Opens ${formatInZone(stats.onSale.startsAt, event.timeZone)} · ${stats.onSale.admissionsPerMinute.toLocaleString()} fans a minute · passes last ${Math.round(stats.onSale.passSeconds / 60)} min`
              : 'For a big on-sale: fans queue fairly and are let through to checkout at a rate you set.'}
          </p>
        </div>
        {!editing && (
          <div className="form-actions">
            {stats && (
              <Button variant="danger" onClick={() => setEnding(true)}>
                End waiting room
              </Button>
            )}
            <Button variant={stats ? 'secondary' : 'primary'} onClick={() => setEditing(true)}>
              {stats ? 'Change rate' : 'Set up a waiting room'}
            </Button>
          </div>
        )}
      </div>
      {removing.error && <Alert kind="error">{errorMessage(removing.error)}</Alert>}
      {editing && <OnSaleForm event={event} current={stats?.onSale ?? null} onDone={done} onCancel={() => setEditing(false)} />}
      {stats && (
        <>
          <div className="stats">
            <Figure label="In the queue" value={stats.queued} />
            <Figure label="Admitted" value={stats.admitted} note={`${stats.passesActive.toLocaleString()} passes live · ${stats.passesReturned.toLocaleString()} ran out unused`} />
            <Figure label="In checkout" value={stats.inCheckout} note="Seats held by unpaid checkouts" />
            <Figure label="Sold" value={stats.sold} />
          </div>
          {new Date(stats.onSale.startsAt).getTime() > Date.now() ? (
            <Alert kind="info">Not open yet: fans who arrive before the start get a random place when it opens.</Alert>
          ) : (
            <Alert kind={stats.stock === 'AVAILABLE' ? 'info' : 'warning'}>{STOCK_TEXT[stats.stock]}</Alert>
          )}
        </>
      )}
      <ConfirmDialog
        open={ending}
        title="End the waiting room?"
        confirmLabel="End waiting room"
        tone="danger"
        busy={removing.loading}
        onCancel={() => setEnding(false)}
        onConfirm={async () => {
          try {
            await remove();
            void refetch();
          } finally {
            setEnding(false);
          }
        }}
      >
        Everyone may buy at once, and the fans in the queue lose their places.
      </ConfirmDialog>
    </section>
  );
}

function Figure({ label, value, note }: { label: string; value: number; note?: string }) {
  return (
    <div className="stat">
      <span className="stat-label">{label}</span>
      <strong className="stat-value">{value.toLocaleString()}</strong>
      {note && <span className="muted">{note}</span>}
    </div>
  );
}

function OnSaleForm({ event, current, onDone, onCancel }: { event: AdminEvent; current: Stats['onSale'] | null; onDone: () => void; onCancel: () => void }) {
  const [startsAt, setStartsAt] = useState(() => toZonedInput(current?.startsAt, event.timeZone));
  const [rate, setRate] = useState(current ? String(current.admissionsPerMinute) : '');
  const [passMinutes, setPassMinutes] = useState(current ? String(current.passSeconds / 60) : '5');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [save, saving] = useMutation(SetOnSaleDoc);
  const started = current !== null && new Date(current.startsAt).getTime() <= Date.now();

  const onSubmit = async (submit: FormEvent<HTMLFormElement>) => {
    submit.preventDefault();
    const fields: Record<string, string> = {};
    const start = startsAt ? fromZonedInput(startsAt, event.timeZone) : null;
    if (!start) fields.startsAt = 'Choose when the waiting room opens.';
    if (!/^\d+$/.test(rate.trim())) fields.admissionsPerMinute = 'Enter a whole number of fans per minute.';
    const minutes = Number(passMinutes);
    if (!Number.isFinite(minutes) || minutes <= 0) fields.passSeconds = 'Enter the minutes a pass lasts, e.g. 5.';
    if (Object.keys(fields).length > 0) return setErrors({ fields, form: null });
    setErrors({ fields: {}, form: null });
    try {
      await save({ variables: { eventId: event.id, input: { startsAt: start!, admissionsPerMinute: Number(rate), passSeconds: Math.round(minutes * 60) } } });
      onDone();
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Waiting room settings">
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <div className="form-grid form-grid-3">
        <TextField
          label="Opens"
          type="datetime-local"
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          disabled={started}
          hint={started ? 'It has opened: the start can no longer move.' : `${event.timeZone} time. Fans who arrive earlier get a random place then.`}
          error={errors.fields.startsAt}
        />
        <TextField label="Fans per minute" type="number" inputMode="numeric" min={1} value={rate} onChange={(e) => setRate(e.target.value)} hint="Let through to checkout; change it any time." error={errors.fields.admissionsPerMinute} />
        <TextField
          label="Pass minutes"
          type="number"
          inputMode="decimal"
          min={1}
          value={passMinutes}
          onChange={(e) => setPassMinutes(e.target.value)}
          hint="How long an admitted fan has to start a checkout."
          error={errors.fields.passSeconds}
        />
      </div>
      <div className="form-actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={saving.loading}>
          Save waiting room
        </Button>
      </div>
    </form>
  );
}
