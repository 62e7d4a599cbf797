import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ADMIN, mayOpen } from '../../app/access';
import { useViewer } from '../../app/useSession';
import { graphql } from '../../generated';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { ErrorState } from '../../ui/ErrorState';
import { EventTime } from '../../ui/EventTime';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { EventCover } from './EventCover';
import { TicketPicker } from './TicketPicker';
import { WaitingRoomPanel } from './WaitingRoomPanel';

const EventPageDoc = graphql(`
  query EventPage($id: ID!, $accessKey: String) {
    event(id: $id, accessKey: $accessKey) {
      id
      title
      description
      venue
      address
      startsAt
      endsAt
      timeZone
      coverImageUrl
      status
      visibility
      seatsAvailable
      memberPresaleStartsAt
      onSale {
        startsAt
      }
      ticketTypes {
        id
        name
        description
        priceCents
        currency
        quantity
        available
        maxPerOrder
        saleStatus
        salesStartAt
        salesEndAt
        memberDiscountPercent
        memberPriceCents
        memberSalesStartAt
        viewerPriceCents
      }
    }
  }
`);

/**
 * One event: what, when (on the venue's clock), where, and its tickets. A private event opens
 * only with the `key` from its link; without it the page says just what it says for an unknown event.
 */
export function EventPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const accessKey = params.get('key');
  const viewer = useViewer();
  const ticketsId = useId();
  const { data, loading, error, refetch } = useQuery(EventPageDoc, { variables: { id, accessKey }, fetchPolicy: 'cache-and-network' });
  const event = data?.event;

  if (!event) {
    if (loading) {
      return (
        <Page title="Event">
          <Loading label="Loading the event…" />
        </Page>
      );
    }
    if (error) {
      return (
        <Page title="Event">
          <ErrorState error={error} onRetry={() => void refetch()} />
        </Page>
      );
    }
    return (
      <Page title="Event not found" width="narrow">
        <div className="card notice">
          <p className="notice-lead">There is no event at this address.</p>
          <p className="muted">The link may be old or mistyped. A private event opens only with the full link its organiser shared.</p>
          <p>
            <Link to="/events" className="btn btn-primary">
              See upcoming events
            </Link>
          </p>
        </div>
      </Page>
    );
  }

  const where = [event.venue, event.address].filter(Boolean).join(', ');

  return (
    <Page
      title={event.title}
      description={
        <span className="event-meta">
          <EventTime startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
          <span>{where}</span>
        </span>
      }
      actions={
        <>
          {event.visibility === 'PRIVATE' && <Badge tone="brand">Private event</Badge>}
          {mayOpen(ADMIN, viewer) && (
            <Link to={`/admin/events/${event.id}`} className="btn btn-secondary btn-small">
              Manage event
            </Link>
          )}
        </>
      }
    >
      {event.status === 'CANCELLED' && (
        <Alert kind="error" title="This event was cancelled">
          Tickets are no longer on sale. Every paid order is refunded in full.
        </Alert>
      )}
      {event.status === 'DRAFT' && (
        <Alert kind="warning" title="Draft">
          Only admins can see this page. Publish the event to put its tickets on sale.
        </Alert>
      )}
      <div className="event-layout">
        <EventCover event={event} size="hero" />
        {event.status !== 'CANCELLED' && (
          <aside className="card event-tickets" aria-labelledby={ticketsId}>
            <h2 className="card-title" id={ticketsId}>
              Tickets
            </h2>
            {event.onSale && event.status === 'PUBLISHED' ? (
              <WaitingRoomPanel eventId={event.id} accessKey={accessKey} timeZone={event.timeZone}>
                <TicketPicker event={event} accessKey={accessKey} onStale={() => void refetch()} />
              </WaitingRoomPanel>
            ) : (
              <TicketPicker event={event} accessKey={accessKey} onStale={() => void refetch()} />
            )}
          </aside>
        )}
        <section className="event-about">
          <h2 className="visually-hidden">About this event</h2>
          {event.description ? <p className="event-description">{event.description}</p> : <p className="muted">The organiser has not added a description.</p>}
          <dl className="details event-facts">
            <div>
              <dt>When</dt>
              <dd>
                <EventTime startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
                <span className="muted event-zone">Local time at the venue ({event.timeZone})</span>
              </dd>
            </div>
            <div>
              <dt>Where</dt>
              <dd>
                {event.venue}
                {event.address && <span className="muted event-zone">{event.address}</span>}
              </dd>
            </div>
          </dl>
        </section>
      </div>
    </Page>
  );
}
