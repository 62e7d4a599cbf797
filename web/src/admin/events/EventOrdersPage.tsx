import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import type { OrderStatus } from '../../generated/graphql';
import { OrderStatusBadge, ticketCount } from '../../ticketing/badges';
import { Badge } from '../../ui/Badge';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { EnumOptions, SelectField, TextField } from '../../ui/Field';
import { formatMoney } from '../../ui/money';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { AdminEventFrame, type AdminEvent } from './AdminEventFrame';

const AdminEventOrdersDoc = graphql(`
  query AdminEventOrders($eventId: ID, $first: Int, $after: String, $search: String, $status: OrderStatus) {
    orders(eventId: $eventId, first: $first, after: $after, search: $search, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          currency
          totalCents
          refundedCents
          testMode
          createdAt
          buyer {
            id
            name
            email
          }
          items {
            id
            quantity
          }
        }
      }
    }
  }
`);

const STATUSES: OrderStatus[] = ['PAID', 'PENDING', 'REFUNDED', 'EXPIRED', 'CANCELLED'];
const PAGE_SIZE = 25;

export function EventOrdersPage() {
  return <AdminEventFrame>{(event) => <Orders event={event} />}</AdminEventFrame>;
}

/** The orders of one event, newest first: find one by buyer or order number, filter by status. */
function Orders({ event }: { event: AdminEvent }) {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const debouncedSearch = useDebouncedValue(search.trim());
  const list = useConnectionQuery(AdminEventOrdersDoc, { eventId: event.id, first: PAGE_SIZE, search: debouncedSearch || null, status: status || null }, (data) => data.orders);

  return (
    <>
      <div className="filters">
        <TextField className="field-grow" label="Search" type="search" placeholder="Buyer name or email, or an order number" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as OrderStatus | '')}>
          <option value="">All statuses</option>
          <EnumOptions values={STATUSES} />
        </SelectField>
      </div>
      <ConnectionList
        {...list}
        loadingLabel="Loading orders…"
        noun={['order', 'orders']}
        empty={
          <EmptyState title={debouncedSearch || status ? 'No orders match' : 'No orders yet'}>
            {debouncedSearch || status ? 'Try another search or status.' : 'Orders appear here as soon as fans check out.'}
          </EmptyState>
        }
      >
        {(orders, stale) => (
          <div className={`table-wrap${stale ? ' is-stale' : ''}`}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Buyer</th>
                  <th scope="col">Status</th>
                  <th scope="col">Tickets</th>
                  <th scope="col">Total</th>
                  <th scope="col">Ordered</th>
                </tr>
              </thead>
              <tbody>
                {orders.edges.map(({ node: order }) => (
                  <tr key={order.id}>
                    <td data-label="Buyer">
                      <div className="user-cell">
                        <Link to={`/admin/orders/${order.id}`}>
                          <strong>{order.buyer?.name ?? 'Deleted user'}</strong>
                        </Link>
                        <span className="muted">{order.buyer?.email}</span>
                      </div>
                    </td>
                    <td data-label="Status">
                      <span className="row row-tight">
                        <OrderStatusBadge status={order.status} />
                        {order.testMode && <Badge tone="warning">Test</Badge>}
                      </span>
                    </td>
                    <td data-label="Tickets">{ticketCount(order.items.reduce((sum, item) => sum + item.quantity, 0))}</td>
                    <td data-label="Total" className="num">
                      {formatMoney(order.totalCents, order.currency)}
                      {order.refundedCents > 0 && <span className="muted"> ({formatMoney(order.refundedCents, order.currency)} refunded)</span>}
                    </td>
                    <td data-label="Ordered">
                      <DateTime value={order.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ConnectionList>
    </>
  );
}
