import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../generated';
import { errorMessage } from '../graphql/errors';
import { groupedCode } from '../ticketing/badges';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { formatEventRange } from '../ui/EventTime';
import { Page } from '../ui/Page';
import { CheckInResultPanel, type CheckIn } from './CheckInResultPanel';
import { DoorCount } from './DoorCount';
import { DoorEventChooser } from './DoorEventChooser';
import { DoorScanner } from './DoorScanner';

const DoorEventDoc = graphql(`
  query DoorEvent($id: ID!, $accessKey: String) {
    event(id: $id, accessKey: $accessKey) {
      ...DoorEventFields
    }
  }
`);

const CheckInTicketDoc = graphql(`
  mutation CheckInTicket($eventId: ID!, $code: String!) {
    checkInTicket(eventId: $eventId, code: $code) {
      status
      message
      checkedInAt
      checkedInBy {
        id
        name
      }
      ticket {
        id
        code
        holderName
        ticketType {
          id
          name
        }
      }
    }
  }
`);

/** The same QR code read again within this long of last seeing it is the same scan, not a second attempt. */
const REPEAT_SCAN_MS = 4000;
/** How long an answer covers the camera picture before the next ticket can be aimed at. */
const ON_CAMERA_MS = 3500;
const HISTORY = 5;

/**
 * The door, for volunteers and admins, made for a phone held in one hand: pick the event, then
 * scan tickets with the camera or type their codes. Each answer fills the screen's middle in its
 * colour; the live count sits on top, the controls at the bottom within reach of a thumb.
 */
export function DoorPage() {
  const [params, setParams] = useSearchParams();
  const eventId = params.get('event');
  const accessKey = params.get('key');
  const choose = (id: string | null) => setParams(id ? { event: id } : {}, { replace: false });

  if (!eventId) {
    return (
      <Page title="Door" description="Choose the event you are letting people into." width="narrow">
        <DoorEventChooser onChoose={choose} />
      </Page>
    );
  }
  return <Door key={eventId} eventId={eventId} accessKey={accessKey} onLeave={() => choose(null)} />;
}

function Door({ eventId, accessKey, onLeave }: { eventId: string; accessKey: string | null; onLeave: () => void }) {
  // A private event's details need its key; the door works without them (checkInStats and checkInTicket take the id).
  const { data } = useQuery(DoorEventDoc, { variables: { id: eventId, accessKey } });
  const event = data?.event;
  // Never cached: every scan is answered from the database at that moment.
  const [checkIn, { loading }] = useMutation(CheckInTicketDoc, { fetchPolicy: 'no-cache' });
  const [code, setCode] = useState('');
  const [scanning, setScanning] = useState(false);
  const [results, setResults] = useState<CheckIn[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [onCamera, setOnCamera] = useState<CheckIn | null>(null);
  const inFlight = useRef<string | null>(null);
  const lastScan = useRef<{ code: string; at: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const run = useCallback(
    async (raw: string) => {
      const typed = raw.trim();
      if (!typed || inFlight.current === typed) return;
      inFlight.current = typed;
      setFailure(null);
      try {
        const { data: answer } = await checkIn({ variables: { eventId, code: typed } });
        if (!answer) return;
        const result: CheckIn = { ...answer.checkInTicket, code: typed, at: Date.now() };
        setResults((current) => [result, ...current].slice(0, HISTORY));
        setOnCamera(result);
        navigator.vibrate?.(result.status === 'OK' ? 80 : [150, 80, 150]);
        setCode('');
      } catch (error) {
        setFailure(errorMessage(error));
      } finally {
        inFlight.current = null;
      }
    },
    [checkIn, eventId],
  );

  const onScan = useCallback(
    (scanned: string) => {
      const now = Date.now();
      const repeat = lastScan.current?.code === scanned && now - lastScan.current.at < REPEAT_SCAN_MS;
      // Seen last moment too: the ticket is still in front of the camera, not shown again.
      lastScan.current = { code: scanned, at: now };
      if (!repeat) void run(scanned);
    },
    [run],
  );

  const onSubmit = (submit: FormEvent<HTMLFormElement>) => {
    submit.preventDefault();
    void run(code);
    input.current?.focus();
  };

  const onMissing = useCallback(() => setMissing(true), []);

  useEffect(() => {
    if (!onCamera) return;
    const timer = setTimeout(() => setOnCamera(null), ON_CAMERA_MS);
    return () => clearTimeout(timer);
  }, [onCamera]);

  useEffect(() => {
    document.title = `Door${event ? `: ${event.title}` : ''} · Matchday`;
  }, [event]);
  const [current, ...earlier] = results;

  return (
    <section className="door" aria-label="Door">
      <header className="door-head">
        <div className="door-event-name">
          <h1>{event?.title ?? 'Door'}</h1>
          {event && (
            <p className="muted">
              {formatEventRange(event.startsAt, event.endsAt, event.timeZone, 'short')} · {event.venue}
            </p>
          )}
        </div>
        <Button size="small" variant="ghost" onClick={onLeave}>
          Change event
        </Button>
      </header>

      {missing ? (
        <Alert kind="error" title="This event does not exist">
          The link may be mistyped. Choose the event from the list instead.
        </Alert>
      ) : (
        <DoorCount eventId={eventId} onMissing={onMissing} />
      )}

      {scanning && <DoorScanner onCode={onScan}>{onCamera && <CheckInResultPanel result={onCamera} onDismiss={() => setOnCamera(null)} />}</DoorScanner>}

      <div className="door-results">
        {/* While the camera runs, answers show on its picture; here only the list of scans. */}
        {!scanning &&
          (current ? (
            <CheckInResultPanel result={current} />
          ) : (
            <div className="door-result door-result-idle">
              <p className="door-result-headline">Ready</p>
              <p className="door-result-message">Scan a ticket or type its code below.</p>
            </div>
          ))}
        {failure && <Alert kind="error" title="The check-in did not go through">{failure} Try again.</Alert>}
        {(scanning ? results : earlier).length > 0 && (
          <ol className="door-history" aria-label="Earlier scans">
            {(scanning ? results : earlier).map((result) => (
              <li key={result.at} className={`door-history-item door-history-${result.status.toLowerCase()}`}>
                <span>{result.ticket?.holderName ?? groupedCode(result.code)}</span>
                <span>{result.status === 'OK' ? 'In' : result.status.replace(/_/g, ' ').toLowerCase()}</span>
              </li>
            ))}
          </ol>
        )}
      </div>

      <form className="door-controls" onSubmit={onSubmit}>
        <label htmlFor="door-code" className="visually-hidden">
          Ticket code
        </label>
        <input
          id="door-code"
          ref={input}
          className="door-code-input"
          value={code}
          onChange={(change) => setCode(change.target.value)}
          placeholder="Ticket code"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
        />
        <Button type="submit" variant="primary" className="door-check-button" busy={loading} disabled={!code.trim()}>
          Check in
        </Button>
        <Button className="door-scan-button" aria-pressed={scanning} onClick={() => setScanning((on) => !on)}>
          {scanning ? 'Stop camera' : 'Scan with camera'}
        </Button>
      </form>
    </section>
  );
}
