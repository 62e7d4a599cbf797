import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { DoorCountUpdatesDoc } from '../../door/DoorCount';
import { graphql } from '../../generated';
import { EmptyState } from '../../ui/EmptyState';
import { LoadingOrError } from '../../ui/ErrorState';
import { formatMoney, formatPrice } from '../../ui/money';
import { ProgressBar } from '../../ui/ProgressBar';
import { AdminEventFrame, type AdminEvent } from './AdminEventFrame';
import { OnSalePanel } from './OnSalePanel';

const AdminEventSalesDoc = graphql(`
  query AdminEventSales($eventId: ID!) {
    eventSales(eventId: $eventId) {
      eventId
      capacity
      sold
      held
      available
      checkedIn
      paidOrders
      revenueCents
      refundedCents
      currency
      ticketTypes {
        quantity
        sold
        held
        available
        checkedIn
        revenueCents
        ticketType {
          id
          name
          priceCents
          currency
        }
      }
    }
  }
`);

/** Sales change with every check-in, sale and refund; read them again at most this often while they do. */
const REFRESH_MS = 2000;

export function EventOverviewPage() {
  return <AdminEventFrame>{(event) => <Overview event={event} />}</AdminEventFrame>;
}

const percent = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : 0);

function Overview({ event }: { event: AdminEvent }) {
  const { data, loading, error, refetch } = useQuery(AdminEventSalesDoc, { variables: { eventId: event.id }, fetchPolicy: 'cache-and-network' });
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  // checkInUpdated fires after every check-in, sale or refund of the event: the figures follow, throttled.
  useSubscription(DoorCountUpdatesDoc, {
    variables: { eventId: event.id },
    onData: () => {
      pending.current ??= setTimeout(() => {
        pending.current = null;
        void refetch();
      }, REFRESH_MS);
    },
  });
  useEffect(() => () => clearTimeout(pending.current ?? undefined), []);

  const sales = data?.eventSales;
  if (!sales) return <LoadingOrError loading={loading} label="Loading sales…" error={error} onRetry={() => void refetch()} />;
  const money = (cents: number) => (sales.currency ? formatMoney(cents, sales.currency) : '—');

  return (
    <>
      <div className="stats">
        <Stat label="Sold" value={`${sales.sold.toLocaleString()} / ${sales.capacity.toLocaleString()}`}>
          <ProgressBar percent={percent(sales.sold, sales.capacity)} label="Sold of capacity" />
          <span className="muted">
            {sales.available.toLocaleString()} available · {sales.held.toLocaleString()} held in checkouts
          </span>
        </Stat>
        <Stat label="Revenue" value={money(sales.revenueCents)}>
          <span className="muted">
            {sales.paidOrders.toLocaleString()} paid {sales.paidOrders === 1 ? 'order' : 'orders'}
            {sales.refundedCents > 0 && ` · ${money(sales.refundedCents)} refunded`}
          </span>
        </Stat>
        <Stat label="Checked in" value={`${sales.checkedIn.toLocaleString()} / ${sales.sold.toLocaleString()}`}>
          <ProgressBar percent={percent(sales.checkedIn, sales.sold)} label="Checked in of sold" tone="success" />
          <span className="muted">Live from every door</span>
        </Stat>
      </div>

      {event.status !== 'CANCELLED' && <OnSalePanel event={event} />}

      <section className="stack">
        <h2 className="section-title">By ticket type</h2>
        {sales.ticketTypes.length === 0 ? (
          <EmptyState title="No ticket types yet">
            <Link to={`/admin/events/${event.id}/tickets`}>Add a ticket type</Link> to put this event on sale.
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Ticket type</th>
                  <th scope="col">Sold</th>
                  <th scope="col">Held</th>
                  <th scope="col">Available</th>
                  <th scope="col">Checked in</th>
                  <th scope="col">Revenue</th>
                </tr>
              </thead>
              <tbody>
                {sales.ticketTypes.map((row) => (
                  <tr key={row.ticketType.id}>
                    <td data-label="Ticket type">
                      <div className="user-cell">
                        <strong>{row.ticketType.name}</strong>
                        <span className="muted">{formatPrice(row.ticketType.priceCents, row.ticketType.currency)}</span>
                      </div>
                    </td>
                    <td data-label="Sold">
                      <div className="meter">
                        <span className="meter-figures">
                          {row.sold.toLocaleString()} / {row.quantity.toLocaleString()}
                        </span>
                        <ProgressBar percent={percent(row.sold, row.quantity)} label={`Sold of ${row.ticketType.name}`} />
                      </div>
                    </td>
                    <td data-label="Held" className="num">
                      {row.held.toLocaleString()}
                    </td>
                    <td data-label="Available" className="num">
                      {row.available.toLocaleString()}
                    </td>
                    <td data-label="Checked in" className="num">
                      {row.checkedIn.toLocaleString()}
                    </td>
                    <td data-label="Revenue" className="num">
                      {formatMoney(row.revenueCents, row.ticketType.currency)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function Stat({ label, value, children }: { label: string; value: string; children?: ReactNode }) {
  return (
    <div className="stat">
      <span className="stat-label">{label}</span>
      <strong className="stat-value">{value}</strong>
      {children}
    </div>
  );
}
