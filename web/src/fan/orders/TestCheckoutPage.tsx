import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { graphql } from '../../generated';
import type { TestCheckoutOutcome } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { OrderStatusBadge } from '../../ticketing/badges';
import { HoldCountdown } from '../../ticketing/HoldCountdown';
import { OrderLines } from '../../ticketing/OrderLines';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { formatEventRange } from '../../ui/EventTime';
import { Loading } from '../../ui/Loading';
import { formatMoney } from '../../ui/money';
import { Page } from '../../ui/Page';
import { TestModeBanner } from '../../ui/TestModeBanner';

const TestCheckoutOrderDoc = graphql(`
  query TestCheckoutOrder($id: ID!) {
    order(id: $id) {
      ...OrderLinesFields
      status
      paymentProvider
      holdExpiresAt
      event {
        id
        title
        venue
        startsAt
        endsAt
        timeZone
      }
    }
  }
`);

const CompleteTestCheckoutDoc = graphql(`
  mutation CompleteTestCheckout($orderId: ID!, $outcome: TestCheckoutOutcome!) {
    completeTestCheckout(orderId: $orderId, outcome: $outcome) {
      id
      status
    }
  }
`);

/**
 * The built-in stand-in for Stripe's payment page (the server's paymentUrl when it has no Stripe
 * key): pay or abandon, through completeTestCheckout, which runs the same fulfilment as a real payment.
 */
export function TestCheckoutPage() {
  const { orderId = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(TestCheckoutOrderDoc, { variables: { id: orderId }, fetchPolicy: 'network-only' });
  const [complete, completing] = useMutation(CompleteTestCheckoutDoc);
  const [chosen, setChosen] = useState<TestCheckoutOutcome | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const order = data?.order;
  const onHoldExpired = useCallback(() => void refetch(), [refetch]);

  const finish = async (outcome: TestCheckoutOutcome) => {
    setChosen(outcome);
    setActionError(null);
    try {
      await complete({ variables: { orderId, outcome } });
      await navigate(`/orders/${orderId}?checkout=${outcome === 'COMPLETED' ? 'success' : 'cancelled'}`, { replace: true });
    } catch (err) {
      setActionError(errorMessage(err));
      void refetch();
    }
  };

  let body;
  if (!order) {
    body = loading ? (
      <Loading label="Loading the order…" />
    ) : error ? (
      <ErrorState error={error} onRetry={() => void refetch()} />
    ) : (
      <div className="card notice">
        <p className="notice-lead">There is no order of yours to pay here.</p>
        <p>
          <Link to="/orders" className="btn btn-primary">
            My orders
          </Link>
        </p>
      </div>
    );
  } else {
    const { event } = order;
    body = (
      <div className="card test-checkout">
        <div className="card-head">
          <div>
            <h2 className="card-title">{event.title}</h2>
            <p className="muted">
              {formatEventRange(event.startsAt, event.endsAt, event.timeZone)} · {event.venue}
            </p>
          </div>
          <OrderStatusBadge status={order.status} />
        </div>
        <OrderLines order={order} />
        {actionError && <Alert kind="error">{actionError}</Alert>}
        {order.status === 'PENDING' ? (
          <>
            {order.holdExpiresAt && (
              <p className="muted">
                Seats held for <HoldCountdown until={order.holdExpiresAt} onExpired={onHoldExpired} />.
              </p>
            )}
            <div className="test-checkout-actions">
              <Button variant="primary" className="btn-large" busy={completing.loading && chosen === 'COMPLETED'} disabled={completing.loading} onClick={() => finish('COMPLETED')}>
                Pay {formatMoney(order.totalCents, order.currency)} (test)
              </Button>
              <Button variant="danger" busy={completing.loading && chosen === 'ABANDONED'} disabled={completing.loading} onClick={() => finish('ABANDONED')}>
                Abandon the order
              </Button>
            </div>
          </>
        ) : (
          <p className="row">
            <span className="muted">There is nothing left to pay on this order.</span>
            <Link to={`/orders/${order.id}`} className="btn btn-secondary">
              See the order
            </Link>
          </p>
        )}
      </div>
    );
  }

  return (
    <Page title="Test checkout" description="Pay for the order as a buyer would, without a card." width="narrow">
      <TestModeBanner />
      {body}
    </Page>
  );
}
