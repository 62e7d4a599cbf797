import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useLoadMore } from './useLoadMore';

/**
 * The query behind a list page, ready to spread into <ConnectionList>: the connection `select` picks
 * from the answer, loading and error, refetch, and "Load more". Lists show the cache at once and then
 * what the server has; while new variables (a search, a filter) load, the previous rows stay.
 */
export function useConnectionQuery<TData, TVariables extends OperationVariables & { after?: string | null }, C extends { pageInfo: { endCursor?: string | null } }>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  select: (data: TData) => C | null | undefined,
) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery<TData, TVariables>(document, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const connection = shown ? (select(shown) ?? undefined) : undefined;
  // TVariables takes `after` (see its constraint), which TypeScript cannot carry into Partial<TVariables>.
  const more = useLoadMore(fetchMore as Parameters<typeof useLoadMore>[0], connection?.pageInfo.endCursor);
  return { connection, loading, error, refetch, more };
}
