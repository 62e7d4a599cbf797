import type { ReactNode } from 'react';
import { ErrorState, LoadingOrError } from './ErrorState';
import { LoadMore } from './LoadMore';
import type { useLoadMore } from './useLoadMore';

interface Page {
  edges: readonly unknown[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
}

/**
 * What a list page shows of a cursor connection: loading (or why it could not load), then an error
 * that a refresh hit, the empty state or the rows, and "Load more". The rows are told when they are
 * stale (a new search or filter is loading) so they can fade.
 */
export function ConnectionList<C extends Page>({
  connection,
  loading,
  error,
  refetch,
  loadingLabel,
  more,
  noun,
  empty,
  children,
}: {
  connection: C | undefined;
  loading: boolean;
  error: unknown;
  refetch: () => unknown;
  loadingLabel: string;
  more: ReturnType<typeof useLoadMore>;
  /** Singular and plural, e.g. ['user', 'users']. */
  noun: [string, string];
  empty: ReactNode;
  children: (connection: C, stale: boolean) => ReactNode;
}) {
  const retry = () => void refetch();
  if (!connection) return <LoadingOrError loading={loading} label={loadingLabel} error={error} onRetry={retry} />;
  return (
    <>
      {error && <ErrorState error={error} onRetry={retry} />}
      {connection.edges.length === 0 ? empty : children(connection, loading && !more.loadingMore)}
      <LoadMore
        shown={connection.edges.length}
        total={connection.totalCount}
        hasMore={connection.pageInfo.hasNextPage}
        loading={more.loadingMore}
        onLoadMore={more.loadMore}
        noun={noun}
      />
    </>
  );
}
