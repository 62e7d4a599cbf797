import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { from, mergeMap, throwError } from 'rxjs';
import { connectionField } from './connection-field';
import { isUnauthenticated } from './errors';
import { session } from './session';
import { createWsClient } from './ws';

/** Operations that establish or end a session: they carry no token and are never retried after a refresh. */
const SESSION_OPERATIONS = new Set(['SignIn', 'Register', 'SignOut', 'RequestPasswordReset', 'ResetPassword']);

/** Sends the in-memory access token, refreshing it first when it is about to expire. */
const authLink = new ApolloLink((operation, forward) => {
  if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return forward(operation);
  return from(session.freshToken()).pipe(
    mergeMap((token) => {
      operation.setContext(({ headers }) => ({ headers: { ...headers, authorization: token ? `Bearer ${token}` : '' } }));
      return forward(operation);
    }),
  );
});

/** An operation refused as UNAUTHENTICATED (e.g. the token expired while the tab slept): refresh once, retry once. */
const refreshOnceLink = new ErrorLink(({ error, operation, forward }) => {
  if (!isUnauthenticated(error) || SESSION_OPERATIONS.has(operation.operationName ?? '') || operation.getContext().retriedAfterRefresh) return;
  operation.setContext({ retriedAfterRefresh: true });
  return from(session.refresh()).pipe(mergeMap((state) => (state ? forward(operation) : throwError(() => error))));
});

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const ws = new GraphQLWsLink(createWsClient());
  const transport = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, ws, http);

  return new ApolloClient({
    link: ApolloLink.from([refreshOnceLink, authLink, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            users: connectionField(['search', 'role']),
            auditLog: connectionField(['action', 'actorId']),
            jobs: connectionField(['state']),
            mailOutbox: connectionField(['to']),
            events: connectionField(['search', 'from', 'to']),
            adminEvents: connectionField(['search', 'status', 'visibility']),
            myTickets: connectionField([]),
            myOrders: connectionField([]),
            orders: connectionField(['eventId', 'search', 'status']),
            attendees: connectionField(['eventId', 'search', 'status']),
          },
        },
        // One per event: a live checkInUpdated answer then updates every query showing that count.
        EventCheckInStats: { keyFields: ['eventId'] },
        EventSales: { keyFields: ['eventId'] },
      },
    }),
  });
}
