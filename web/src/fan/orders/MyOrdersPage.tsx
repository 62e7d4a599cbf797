import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import { OrderStatusBadge, ticketCount } from '../../ticketing/badges';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { formatEventRange } from '../../ui/EventTime';
import { formatMoney } from '../../ui/money';
import { Page } from '../../ui/Page';

const MyOrdersDoc = graphql(`
  query MyOrders($first: Int, $after: String) {
    myOrders(first: $first, after: $after) {
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
          createdAt
          items {
            id
            quantity
          }
          event {
            id
            title
            startsAt
            endsAt
            timeZone
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** The signed-in fan's orders, newest first: paid, awaiting payment, expired or refunded. */
export function MyOrdersPage() {
  const list = useConnectionQuery(MyOrdersDoc, { first: PAGE_SIZE }, (data) => data.myOrders);

  return (
    <Page
      title="My orders"
      description="Everything you have bought. Open an order for its tickets and receipt."
      actions={
        <Link to="/tickets" className="btn btn-secondary btn-small">
          My tickets
        </Link>
      }
    >
      <ConnectionList
        {...list}
        loadingLabel="Loading your orders…"
        noun={['order', 'orders']}
        empty={
          <EmptyState title="No orders yet">
            <Link to="/events">Find an event</Link> and get your tickets.
          </EmptyState>
        }
      >
        {(orders) => (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Tickets</th>
                  <th scope="col">Total</th>
                  <th scope="col">Ordered</th>
                </tr>
              </thead>
              <tbody>
                {orders.edges.map(({ node: order }) => (
                  <tr key={order.id}>
                    <td data-label="Event">
                      <div className="user-cell">
                        <Link to={`/orders/${order.id}`}>
                          <strong>{order.event.title}</strong>
                        </Link>
                        <span className="muted">{formatEventRange(order.event.startsAt, order.event.endsAt, order.event.timeZone, 'short')}</span>
                      </div>
                    </td>
                    <td data-label="Status">
                      <OrderStatusBadge status={order.status} />
                    </td>
                    <td data-label="Tickets">{ticketCount(order.items.reduce((sum, item) => sum + item.quantity, 0))}</td>
                    <td data-label="Total" className="num">
                      {formatMoney(order.totalCents, order.currency)}
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
    </Page>
  );
}
