import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useViewer } from '../../app/useSession';
import { graphql } from '../../generated';
import type { WaitingRoomPlaceFieldsFragment } from '../../generated/graphql';
import { liveStatus } from '../../graphql/ws';
import { HoldCountdown } from '../../ticketing/HoldCountdown';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { formatInZone } from '../../ui/EventTime';
import { Loading } from '../../ui/Loading';

graphql(`
  fragment WaitingRoomPlaceFields on WaitingRoomPlace {
    eventId
    phase
    startsAt
    place
    ahead
    estimatedWaitSeconds
    passExpiresAt
    stock
  }
`);

const WaitingRoomDoc = graphql(`
  query WaitingRoom($eventId: ID!, $accessKey: String) {
    waitingRoom(eventId: $eventId, accessKey: $accessKey) {
      ...WaitingRoomPlaceFields
    }
  }
`);

const JoinWaitingRoomDoc = graphql(`
  mutation JoinWaitingRoom($eventId: ID!, $accessKey: String) {
    joinWaitingRoom(eventId: $eventId, accessKey: $accessKey) {
      ...WaitingRoomPlaceFields
    }
  }
`);

const WaitingRoomUpdatesDoc = graphql(`
  subscription WaitingRoomUpdates($eventId: ID!, $accessKey: String) {
    waitingRoomUpdated(eventId: $eventId, accessKey: $accessKey) {
      ...WaitingRoomPlaceFields
    }
  }
`);

const waitText = (seconds: number) => (seconds < 60 ? 'less than a minute' : seconds < 3600 ? `about ${Math.round(seconds / 60)} min` : `about ${(seconds / 3600).toFixed(1)} h`);

/**
 * The waiting room of a queued on-sale, in the event page's ticket box: a countdown before the
 * start, then the fan's place, live; the ticket picker (`children`) once admitted. Opening the
 * page takes a place, and the account keeps it, so a refresh or a second tab changes nothing.
 */
export function WaitingRoomPanel({ eventId, accessKey, timeZone, children }: { eventId: string; accessKey: string | null; timeZone: string; children: ReactNode }) {
  const viewer = useViewer();
  const location = useLocation();
  const variables = { eventId, accessKey };
  const skip = !viewer;
  const current = useQuery(WaitingRoomDoc, { variables, skip, fetchPolicy: 'network-only' });
  const [join, joining] = useMutation(JoinWaitingRoomDoc, { variables });
  const updates = useSubscription(WaitingRoomUpdatesDoc, { variables, skip });
  const live = useSyncExternalStore(liveStatus.subscribe, liveStatus.getSnapshot);
  const { refetch } = current;

  // Updates missed while the socket was down are not replayed: read the place again on reconnect.
  useEffect(() => {
    if (live === 'connected' && viewer) void refetch();
  }, [live, viewer, refetch]);

  // The newest answer from any of the three wins: a join's answer is newer than an update sent before it.
  const [place, setPlace] = useState<WaitingRoomPlaceFieldsFragment>();
  useEffect(() => setPlace((was) => current.data?.waitingRoom ?? was), [current.data]);
  useEffect(() => setPlace((was) => joining.data?.joinWaitingRoom ?? was), [joining.data]);
  useEffect(() => setPlace((was) => updates.data?.waitingRoomUpdated ?? was), [updates.data]);
  const notJoined = place?.phase === 'NOT_JOINED';
  useEffect(() => {
    if (notJoined && !joining.loading && !joining.error) void join();
  }, [notJoined, joining.loading, joining.error, join]);

  if (!viewer) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <div className="waiting-room">
        <p className="waiting-room-lead">Tickets are sold through a waiting room</p>
        <p className="muted">Sign in to take your place in line. Everyone who is here before the sale opens gets a random place, so there is no need to rush.</p>
        <Link to={`/sign-in?next=${next}`} className="btn btn-primary btn-block btn-large">
          Sign in to join the queue
        </Link>
      </div>
    );
  }
  if (!place) {
    if (current.error) return <ErrorState error={current.error} onRetry={() => void refetch()} />;
    return <Loading label="Finding your place…" />;
  }
  if (joining.error) return <ErrorState error={joining.error} onRetry={() => void join()} />;

  const heldNotice = place.stock === 'ALL_HELD' && (
    <Alert kind="warning" title="Every ticket is in someone’s checkout">
      Some may come back if those buyers do not pay. Keep this page open: your place is kept, and the queue moves again if they do.
    </Alert>
  );

  switch (place.phase) {
    case 'OPEN':
      return <>{children}</>;
    case 'NOT_JOINED':
      return <Loading label="Taking your place in line…" />;
    case 'BEFORE_START':
      return (
        <div className="waiting-room" aria-live="polite">
          <p className="waiting-room-lead">You are in the waiting room</p>
          <p className="waiting-room-figure">
            <HoldCountdown until={place.startsAt!} />
          </p>
          <p className="muted">
            The sale opens {formatInZone(place.startsAt!, timeZone)}. Then everyone waiting here gets a random place in line: arriving earlier gives no advantage, and refreshing keeps
            your place.
          </p>
        </div>
      );
    case 'QUEUED':
      return (
        <div className="waiting-room" aria-live="polite">
          <p className="waiting-room-lead">You are in line</p>
          <p className="waiting-room-figure">
            <span className="muted">Your place</span> <strong data-testid="queue-place">{place.place!.toLocaleString()}</strong>
          </p>
          <p>
            {place.ahead === 0 ? 'You are next.' : `${place.ahead!.toLocaleString()} ${place.ahead === 1 ? 'fan' : 'fans'} ahead of you`} · wait {waitText(place.estimatedWaitSeconds!)}
          </p>
          {heldNotice}
          <p className="muted">Keep this page open; it updates by itself. When it is your turn you get a few minutes to choose your tickets.</p>
          <p className="muted waiting-room-live">{live === 'connected' ? 'Live' : 'Reconnecting…'}</p>
        </div>
      );
    case 'ADMITTED':
      return (
        <>
          <Alert kind="success" title="It’s your turn">
            Start your checkout within <HoldCountdown until={place.passExpiresAt!} onExpired={() => void refetch()} />.
          </Alert>
          {heldNotice}
          {children}
        </>
      );
    case 'PASS_EXPIRED':
      return (
        <div className="waiting-room">
          <p className="waiting-room-lead">Your turn ran out</p>
          <p className="muted">Your few minutes to start a checkout passed. You can queue again, at the back of the line.</p>
          <Button variant="primary" className="btn-block" busy={joining.loading} onClick={() => void join()}>
            Queue again
          </Button>
        </div>
      );
    case 'SOLD_OUT':
      return (
        <div className="waiting-room" role="status">
          <p className="waiting-room-lead">Sold out</p>
          <p className="muted">Every ticket for this event has been sold, so the queue has closed. Sorry you missed out.</p>
          <Link to="/events" className="btn btn-secondary btn-block">
            See other events
          </Link>
        </div>
      );
  }
}
