import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../generated';
import type { PaymentProvider, RefundReason } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { groupedCode, OrderStatusBadge, TicketStatusBadge } from '../../ticketing/badges';
import { OrderLines } from '../../ticketing/OrderLines';
import { Alert } from '../../ui/Alert';
import { Badge, humanize } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateTime } from '../../ui/DateTime';
import { ErrorState } from '../../ui/ErrorState';
import { EventTime } from '../../ui/EventTime';
import { Loading } from '../../ui/Loading';
import { formatMoney } from '../../ui/money';
import { Page } from '../../ui/Page';

export const AdminOrderFieldsDoc = graphql(`
  fragment AdminOrderFields on Order {
    ...OrderLinesFields
    status
    paymentProvider
    testMode
    createdAt
    paidAt
    paidCents
    closedAt
    refundedAt
    holdExpiresAt
    buyer {
      id
      name
      email
    }
    event {
      id
      title
      venue
      startsAt
      endsAt
      timeZone
    }
    tickets {
      id
      code
      status
      holderName
      priceCents
      checkedInAt
      ticketType {
        id
        name
      }
    }
    refunds {
      id
      amountCents
      status
      reason
      attempts
      lastError
      providerRefundId
      createdAt
      settledAt
    }
  }
`);

const AdminOrderDoc = graphql(`
  query AdminOrder($id: ID!) {
    order(id: $id) {
      ...AdminOrderFields
    }
  }
`);

const RefundOrderDoc = graphql(`
  mutation RefundOrder($orderId: ID!, $ticketIds: [ID!]) {
    refundOrder(orderId: $orderId, ticketIds: $ticketIds) {
      ...AdminOrderFields
    }
  }
`);

const PROVIDER: Record<PaymentProvider, string> = { STRIPE: 'Stripe', TEST: 'Test checkout (no money moved)', FREE: 'Free: nothing to pay' };
const REASON: Record<RefundReason, string> = {
  REQUESTED_BY_ADMIN: 'By an admin',
  SOLD_OUT_AFTER_EXPIRY: 'Paid after the hold expired, seats gone',
  EVENT_CANCELLED: 'Event cancelled',
  EXTERNAL: 'Outside Matchday',
};

/** One order for an admin: who bought what, its tickets, its refunds, and refunding it (all or some tickets). */
export function AdminOrderPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AdminOrderDoc, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [refund, refunding] = useMutation(RefundOrderDoc);
  const [selected, setSelected] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<'all' | 'selected' | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const ticketsId = useId();
  const refundsId = useId();
  const order = data?.order;

  if (!order) {
    return (
      <Page title="Order">
        {loading ? (
          <Loading label="Loading the order…" />
        ) : error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <Alert kind="error" title="Order not found">
            <Link to="/admin/events">Back to the events</Link>
          </Alert>
        )}
      </Page>
    );
  }

  const money = (cents: number) => formatMoney(cents, order.currency);
  const refundable = order.status === 'PAID' && order.paymentProvider !== 'FREE' ? order.tickets.filter((ticket) => ticket.status !== 'VOID') : [];
  const voidable = order.status === 'PAID' && order.paymentProvider === 'FREE' ? order.tickets.filter((ticket) => ticket.status !== 'VOID') : [];
  const choosable = [...refundable, ...voidable];
  const chosen = choosable.filter((ticket) => selected.includes(ticket.id));
  const remaining = order.totalCents - order.refundedCents;
  const amount = confirm === 'selected' ? chosen.reduce((sum, ticket) => sum + ticket.priceCents, 0) : remaining;
  const count = confirm === 'selected' ? chosen.length : choosable.length;

  const toggle = (ticketId: string, on: boolean) => setSelected((current) => (on ? [...current, ticketId] : current.filter((candidate) => candidate !== ticketId)));

  const onRefund = async () => {
    setOutcome(null);
    try {
      await refund({ variables: { orderId: order.id, ticketIds: confirm === 'selected' ? chosen.map((ticket) => ticket.id) : null } });
      setOutcome({ kind: 'success', text: `Refunded ${money(amount)}: ${count === 1 ? 'the ticket is' : `${count} tickets are`} void and the seats are back on sale.` });
      setSelected([]);
    } catch (err) {
      setOutcome({ kind: 'error', text: errorMessage(err) });
    }
    setConfirm(null);
  };

  return (
    <Page
      title={`Order by ${order.buyer?.name ?? 'a deleted user'}`}
      description={
        <>
          <Link to={`/admin/events/${order.event.id}/orders`}>{order.event.title}</Link> · <EventTime startsAt={order.event.startsAt} endsAt={order.event.endsAt} timeZone={order.event.timeZone} style="short" />
        </>
      }
      actions={
        <>
          {order.testMode && <Badge tone="warning">Test mode</Badge>}
          <OrderStatusBadge status={order.status} />
          {choosable.length > 0 && (
            <Button variant="danger" onClick={() => setConfirm('all')}>
              Refund order
            </Button>
          )}
        </>
      }
    >
      {outcome && <Alert kind={outcome.kind}>{outcome.text}</Alert>}

      <div className="order-grid">
        <section className="card" aria-label="Order details">
          <dl className="details">
            <div>
              <dt>Buyer</dt>
              <dd>
                {order.buyer ? (
                  <span className="user-cell">
                    {order.buyer.name}
                    <a href={`mailto:${order.buyer.email}`} className="muted">
                      {order.buyer.email}
                    </a>
                  </span>
                ) : (
                  '—'
                )}
              </dd>
            </div>
            <div>
              <dt>Payment</dt>
              <dd>{PROVIDER[order.paymentProvider]}</dd>
            </div>
            <div>
              <dt>Ordered</dt>
              <dd>
                <DateTime value={order.createdAt} />
              </dd>
            </div>
            <div>
              <dt>Paid</dt>
              <dd>
                <DateTime value={order.paidAt} fallback="Not paid" />
              </dd>
            </div>
            {order.closedAt && (
              <div>
                <dt>Closed</dt>
                <dd>
                  <DateTime value={order.closedAt} />
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
        <section className="card" aria-label="Amounts">
          <OrderLines order={order} />
        </section>
      </div>

      <section className="stack" aria-labelledby={ticketsId}>
        <div className="section-head">
          <h2 className="section-title" id={ticketsId}>
            Tickets
          </h2>
          {chosen.length > 0 && (
            <Button variant="danger" size="small" onClick={() => setConfirm('selected')}>
              {order.paymentProvider === 'FREE' ? 'Void' : 'Refund'} {chosen.length} selected
            </Button>
          )}
        </div>
        {order.tickets.length === 0 ? (
          <p className="muted">Tickets are issued once the order is paid.</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  {choosable.length > 0 && (
                    <th scope="col">
                      <span className="visually-hidden">Select</span>
                    </th>
                  )}
                  <th scope="col">Holder</th>
                  <th scope="col">Ticket</th>
                  <th scope="col">Code</th>
                  <th scope="col">Price</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {order.tickets.map((ticket) => {
                  const canChoose = choosable.includes(ticket);
                  return (
                    <tr key={ticket.id}>
                      {choosable.length > 0 && (
                        <td className="cell-check">
                          {canChoose && (
                            <input type="checkbox" aria-label={`Select the ticket of ${ticket.holderName} (${groupedCode(ticket.code)})`} checked={selected.includes(ticket.id)} onChange={(e) => toggle(ticket.id, e.target.checked)} />
                          )}
                        </td>
                      )}
                      <td data-label="Holder">{ticket.holderName}</td>
                      <td data-label="Ticket">{ticket.ticketType.name}</td>
                      <td data-label="Code">
                        <code>{groupedCode(ticket.code)}</code>
                      </td>
                      <td data-label="Price" className="num">
                        {money(ticket.priceCents)}
                      </td>
                      <td data-label="Status">
                        <TicketStatusBadge status={ticket.status} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {order.refunds.length > 0 && (
        <section className="stack" aria-labelledby={refundsId}>
          <h2 className="section-title" id={refundsId}>
            Refunds
          </h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Amount</th>
                  <th scope="col">Why</th>
                  <th scope="col">Status</th>
                  <th scope="col">Requested</th>
                </tr>
              </thead>
              <tbody>
                {order.refunds.map((item) => (
                  <tr key={item.id}>
                    <td data-label="Amount" className="num">
                      {money(item.amountCents)}
                    </td>
                    <td data-label="Why">{REASON[item.reason]}</td>
                    <td data-label="Status">
                      <span className="user-cell">
                        <Badge tone={item.status === 'SUCCEEDED' ? 'success' : 'warning'}>{humanize(item.status)}</Badge>
                        {item.lastError && <span className="muted">Retrying: {item.lastError}</span>}
                      </span>
                    </td>
                    <td data-label="Requested">
                      <DateTime value={item.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <ConfirmDialog
        open={confirm !== null}
        title={order.paymentProvider === 'FREE' ? `Void ${count === 1 ? 'this ticket' : `${count} tickets`}?` : `Refund ${money(amount)}?`}
        confirmLabel={order.paymentProvider === 'FREE' ? 'Void tickets' : `Refund ${money(amount)}`}
        tone="danger"
        busy={refunding.loading}
        onConfirm={onRefund}
        onCancel={() => setConfirm(null)}
      >
        <p>
          {count === 1 ? 'The ticket becomes' : `${count} tickets become`} void and {count === 1 ? 'its seat goes' : 'their seats go'} back on sale.
          {order.paymentProvider === 'STRIPE' && ` ${money(amount)} goes back to ${order.buyer?.email ?? 'the buyer'} through Stripe.`}
          {order.paymentProvider === 'TEST' && ' It was paid in test mode, so no money moves.'}
        </p>
        <p>
          <strong>This cannot be undone.</strong>
        </p>
      </ConfirmDialog>
    </Page>
  );
}
