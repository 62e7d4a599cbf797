import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useId, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { graphql } from '../../generated';
import { errorMessage } from '../../graphql/errors';
import { OrderStatusBadge, tickets as ticketCount } from '../../ticketing/badges';
import { HoldCountdown } from '../../ticketing/HoldCountdown';
import { OrderLines } from '../../ticketing/OrderLines';
import { TicketCard } from '../../ticketing/TicketCard';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateTime } from '../../ui/DateTime';
import { ErrorState } from '../../ui/ErrorState';
import { formatEventRange } from '../../ui/EventTime';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';

export const BuyerOrderFieldsDoc = graphql(`
  fragment BuyerOrderFields on Order {
    ...OrderLinesFields
    status
    paymentProvider
    testMode
    createdAt
    paidAt
    closedAt
    refundedAt
    holdExpiresAt
    paymentUrl
    event {
      id
      title
      venue
      startsAt
      endsAt
      timeZone
      visibility
    }
    tickets {
      ...TicketCardFields
    }
  }
`);

const BuyerOrderDoc = graphql(`
  query BuyerOrder($id: ID!) {
    order(id: $id) {
      ...BuyerOrderFields
    }
  }
`);

const CancelCheckoutDoc = graphql(`
  mutation CancelCheckout($orderId: ID!) {
    cancelCheckout(orderId: $orderId) {
      ...BuyerOrderFields
    }
  }
`);

/** While a paid checkout waits for the payment provider's word (a Stripe webhook), look again this often. */
const CONFIRMATION_POLL_MS = 2000;

/**
 * One order of the signed-in fan: its confirmation after checkout (?checkout=success, where
 * Stripe and the TEST MODE page send the buyer), what is left to pay, and its tickets with QR codes.
 */
export function OrderPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const outcome = params.get('checkout');
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(BuyerOrderDoc, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [cancelCheckout, cancelling] = useMutation(CancelCheckoutDoc);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const ticketsId = useId();
  const orderId = useId();
  const order = data?.order;
  const awaitingProvider = outcome === 'success' && order?.status === 'PENDING';

  // Back from Stripe before its webhook arrived: the order turns PAID within moments.
  useEffect(() => {
    if (!awaitingProvider) return;
    startPolling(CONFIRMATION_POLL_MS);
    return () => stopPolling();
  }, [awaitingProvider, startPolling, stopPolling]);

  const onHoldExpired = useCallback(() => void refetch(), [refetch]);

  if (!order) {
    if (loading) {
      return (
        <Page title="Order">
          <Loading label="Loading your order…" />
        </Page>
      );
    }
    if (error) {
      return (
        <Page title="Order">
          <ErrorState error={error} onRetry={() => void refetch()} />
        </Page>
      );
    }
    return (
      <Page title="Order not found" width="narrow">
        <div className="card notice">
          <p className="notice-lead">There is no order of yours at this address.</p>
          <p className="muted">Your orders are listed under My orders.</p>
          <p>
            <Link to="/orders" className="btn btn-primary">
              My orders
            </Link>
          </p>
        </div>
      </Page>
    );
  }

  const pay = async () => {
    if (!order.paymentUrl) return;
    const url = new URL(order.paymentUrl, window.location.href);
    if (order.testMode || url.origin === window.location.origin) await navigate(url.pathname + url.search);
    else window.location.assign(url.href);
  };

  const cancel = async () => {
    setActionError(null);
    try {
      await cancelCheckout({ variables: { orderId: order.id } });
    } catch (err) {
      setActionError(errorMessage(err));
    }
    setConfirmCancel(false);
  };

  const { event } = order;
  const title = order.status === 'PAID' ? `Your tickets for ${event.title}` : `Order for ${event.title}`;

  return (
    <Page
      title={title}
      description={`${formatEventRange(event.startsAt, event.endsAt, event.timeZone)} · ${event.venue}`}
      actions={
        <Link to="/orders" className="btn btn-secondary btn-small">
          My orders
        </Link>
      }
    >
      {outcome === 'success' && order.status === 'PAID' && (
        <Alert kind="success" title={order.totalCents === 0 ? 'You are in!' : 'Payment received: you are in!'}>
          Your {ticketCount(order.tickets.length)} {order.tickets.length === 1 ? 'is' : 'are'} below and on the way to your email. Show the QR code at the door.
        </Alert>
      )}
      {awaitingProvider && (
        <Alert kind="info" title="Confirming your payment…">
          This takes a few seconds. Your tickets appear here as soon as the payment is confirmed.
        </Alert>
      )}
      {order.status === 'PENDING' && !awaitingProvider && (
        <Alert kind="warning" title={outcome === 'cancelled' ? 'Payment not completed' : 'Waiting for payment'}>
          <p>
            Your seats are held for{' '}
            {order.holdExpiresAt ? <HoldCountdown until={order.holdExpiresAt} onExpired={onHoldExpired} /> : 'a few minutes'}; after that they go back on sale.
          </p>
          <div className="row">
            {order.paymentUrl && (
              <Button variant="primary" onClick={pay}>
                Pay now
              </Button>
            )}
            <Button variant="danger" onClick={() => setConfirmCancel(true)}>
              Cancel order
            </Button>
          </div>
        </Alert>
      )}
      {order.status === 'EXPIRED' && (
        <Alert kind="info" title="This order expired">
          It was not paid in time, so its seats went back on sale. Nothing was charged.{' '}
          {event.visibility === 'PUBLIC' && <Link to={`/events/${event.id}`}>Choose tickets again</Link>}
        </Alert>
      )}
      {order.status === 'CANCELLED' && (
        <Alert kind="info" title="This order was cancelled">
          Nothing was charged. {event.visibility === 'PUBLIC' && <Link to={`/events/${event.id}`}>Back to the event</Link>}
        </Alert>
      )}
      {order.status === 'REFUNDED' && (
        <Alert kind="info" title="This order was refunded">
          The money is on its way back to you; the tickets no longer admit anyone.
        </Alert>
      )}
      {actionError && <Alert kind="error">{actionError}</Alert>}

      {order.tickets.length > 0 && (
        <section aria-labelledby={ticketsId} className="stack">
          <h2 id={ticketsId} className="section-title">
            Tickets
          </h2>
          <ul className="tickets">
            {order.tickets.map((ticket) => (
              <TicketCard key={ticket.id} ticket={ticket} />
            ))}
          </ul>
        </section>
      )}

      <section className="card" aria-labelledby={orderId}>
        <div className="card-head">
          <h2 className="card-title" id={orderId}>
            Order
          </h2>
          <div className="row">
            {order.testMode && <Badge tone="warning">Test mode: no money moved</Badge>}
            <OrderStatusBadge status={order.status} />
          </div>
        </div>
        <OrderLines order={order} />
        <dl className="details">
          <div>
            <dt>Placed</dt>
            <dd>
              <DateTime value={order.createdAt} />
            </dd>
          </div>
          {order.paidAt && (
            <div>
              <dt>{order.totalCents === 0 ? 'Confirmed' : 'Paid'}</dt>
              <dd>
                <DateTime value={order.paidAt} />
              </dd>
            </div>
          )}
          {order.refundedAt && (
            <div>
              <dt>Refunded</dt>
              <dd>
                <DateTime value={order.refundedAt} />
              </dd>
            </div>
          )}
          <div>
            <dt>Order number</dt>
            <dd>
              <code>{order.id}</code>
            </dd>
          </div>
        </dl>
      </section>

      <ConfirmDialog
        open={confirmCancel}
        title="Cancel this order?"
        confirmLabel="Cancel order"
        cancelLabel="Keep my seats"
        tone="danger"
        busy={cancelling.loading}
        onConfirm={cancel}
        onCancel={() => setConfirmCancel(false)}
      >
        Your held seats go back on sale at once. Nothing has been charged.
      </ConfirmDialog>
    </Page>
  );
}
