import { Button } from './Button';

/** "Showing 20 of 134 users" and a button for the next page of a cursor connection. */
export function LoadMore({
  shown,
  total,
  hasMore,
  loading,
  onLoadMore,
  noun,
}: {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** Singular and plural, e.g. ['user', 'users']. */
  noun: [string, string];
}) {
  return (
    <div className="load-more">
      <span className="muted" aria-live="polite">
        Showing {shown} of {total} {total === 1 ? noun[0] : noun[1]}
      </span>
      {hasMore && (
        <Button onClick={onLoadMore} busy={loading}>
          Load more
        </Button>
      )}
    </div>
  );
}
