import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useParams } from 'react-router-dom';
import { graphql } from '../../generated';
import type { AdminEventHeaderQuery } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { EventStatusBadge } from '../../ticketing/badges';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';
import { EventTime } from '../../ui/EventTime';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { ShareLinks } from './ShareLinks';

const AdminEventHeaderDoc = graphql(`
  query AdminEventHeader($id: ID!) {
    event(id: $id) {
      ...AdminEventFields
      accessKey
      shareUrl
      seatsSold
      seatsHeld
      ticketTypes {
        id
      }
    }
  }
`);

const PublishEventDoc = graphql(`
  mutation PublishEvent($id: ID!) {
    publishEvent(id: $id) {
      ...AdminEventFields
    }
  }
`);

const CancelEventDoc = graphql(`
  mutation CancelEvent($id: ID!) {
    cancelEvent(id: $id) {
      ...AdminEventFields
      seatsSold
      seatsHeld
    }
  }
`);

export type AdminEvent = NonNullable<AdminEventHeaderQuery['event']>;

const TABS = [
  { path: '', label: 'Overview' },
  { path: '/tickets', label: 'Tickets & promo codes' },
  { path: '/orders', label: 'Orders' },
  { path: '/attendees', label: 'Attendees' },
];

/**
 * What every page of one event shares in the Admin section: its name, state and actions (publish,
 * edit, cancel, links to share), and tabs for its overview, tickets, orders and attendees.
 */
export function AdminEventFrame({ children }: { children: (event: AdminEvent) => ReactNode }) {
  const { id = '' } = useParams();
  const location = useLocation();
  const arrival = location.state as { created?: boolean; saved?: boolean } | null;
  const { data, loading, error, refetch } = useQuery(AdminEventHeaderDoc, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [publishEvent, publishing] = useMutation(PublishEventDoc);
  const [cancelEvent, cancelling] = useMutation(CancelEventDoc, { refetchQueries: 'active' });
  const [confirm, setConfirm] = useState<'publish' | 'cancel' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(arrival?.created ? 'created' : arrival?.saved ? 'saved' : null);
  const event = data?.event;

  if (!event) {
    return (
      <Page title="Event">
        {loading ? (
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

  const act = async () => {
    setActionError(null);
    setNotice(null);
    try {
      if (confirm === 'publish') await publishEvent({ variables: { id: event.id } });
      if (confirm === 'cancel') await cancelEvent({ variables: { id: event.id } });
      setNotice(confirm === 'publish' ? 'published' : 'cancelled');
    } catch (err) {
      setActionError(errorMessage(err));
    }
    setConfirm(null);
  };

  const base = `/admin/events/${event.id}`;
  const noTypes = event.ticketTypes.length === 0;

  return (
    <Page
      title={event.title}
      description={
        <span className="event-meta">
          <EventTime startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
          <span>{event.venue}</span>
        </span>
      }
      actions={
        <>
          <EventStatusBadge status={event.status} />
          {event.visibility === 'PRIVATE' && <Badge tone="brand">Private</Badge>}
          {event.status !== 'CANCELLED' && (
            <Link to={`${base}/edit`} className="btn btn-secondary">
              Edit
            </Link>
          )}
          {event.status === 'DRAFT' && (
            <Button variant="primary" onClick={() => setConfirm('publish')} disabled={noTypes} title={noTypes ? 'Add a ticket type first' : undefined}>
              Publish
            </Button>
          )}
          {event.status !== 'CANCELLED' && (
            <Button variant="danger" onClick={() => setConfirm('cancel')}>
              Cancel event
            </Button>
          )}
        </>
      }
    >
      {notice === 'created' && (
        <Alert kind="success" title="Event created as a draft">
          Add at least one ticket type below, then publish it to put it on sale.
        </Alert>
      )}
      {notice === 'saved' && <Alert kind="success">Changes saved.</Alert>}
      {notice === 'published' && (
        <Alert kind="success" title="Published">
          {event.visibility === 'PUBLIC' ? 'The event is on sale and listed on the events page.' : 'The event is on sale to anyone with its private link.'}
        </Alert>
      )}
      {notice === 'cancelled' && (
        <Alert kind="info" title="Event cancelled">
          Sales stopped. Paid orders are being refunded and every ticket is void.
        </Alert>
      )}
      {event.status === 'DRAFT' && noTypes && notice !== 'created' && (
        <Alert kind="info">This draft needs a ticket type before it can be published.</Alert>
      )}
      {actionError && <Alert kind="error">{actionError}</Alert>}

      <ShareLinks event={event} />

      <nav className="tabs" aria-label="Event sections">
        {TABS.map((tab) => (
          <NavLink key={tab.path} to={`${base}${tab.path}`} end className="tab">
            {tab.label}
          </NavLink>
        ))}
      </nav>

      {children(event)}

      <ConfirmDialog
        open={confirm === 'publish'}
        title={`Publish ${event.title}?`}
        confirmLabel="Publish"
        busy={publishing.loading}
        onConfirm={act}
        onCancel={() => setConfirm(null)}
      >
        {event.visibility === 'PUBLIC'
          ? 'Its tickets go on sale (within each ticket type’s sales window) and it appears on the events page.'
          : 'Its tickets go on sale to anyone with its private link. It is never listed.'}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'cancel'}
        title={`Cancel ${event.title}?`}
        confirmLabel="Cancel event"
        cancelLabel="Keep it"
        tone="danger"
        busy={cancelling.loading}
        onConfirm={act}
        onCancel={() => setConfirm(null)}
      >
        <p>Sales stop at once, unpaid orders are cancelled, every paid order is refunded in full and every ticket becomes void.</p>
        {event.seatsSold > 0 && <p>{event.seatsSold.toLocaleString()} tickets have been sold.</p>}
        <p>
          <strong>This cannot be undone.</strong>
        </p>
      </ConfirmDialog>
    </Page>
  );
}
