import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import { TicketCard } from '../../ticketing/TicketCard';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { Page } from '../../ui/Page';

const MyTicketsDoc = graphql(`
  query MyTickets($first: Int, $after: String) {
    myTickets(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TicketCardFields
        }
      }
    }
  }
`);

const PAGE_SIZE = 10;

/** Every ticket of the signed-in fan, newest first, each with the QR code to show at the door. */
export function MyTicketsPage() {
  const list = useConnectionQuery(MyTicketsDoc, { first: PAGE_SIZE }, (data) => data.myTickets);

  return (
    <Page
      title="My tickets"
      description="Show the QR code at the door, on your phone or printed. Each ticket gets in once."
      actions={
        <Link to="/orders" className="btn btn-secondary btn-small">
          My orders
        </Link>
      }
    >
      <ConnectionList
        {...list}
        loadingLabel="Loading your tickets…"
        noun={['ticket', 'tickets']}
        empty={
          <EmptyState title="No tickets yet">
            Tickets you buy appear here. <Link to="/events">Find an event</Link>
          </EmptyState>
        }
      >
        {(tickets) => (
          <ul className="tickets" aria-label="Tickets">
            {tickets.edges.map(({ node }) => (
              <TicketCard key={node.id} ticket={node} />
            ))}
          </ul>
        )}
      </ConnectionList>
    </Page>
  );
}
