import { Button } from './Button';

/** "Showing 20 of 134" and a button for the next page of a cursor connection. */
export function LoadMore({ shown, total, hasMore, loading, onLoadMore, noun }: { shown: number; total: number; hasMore: boolean; loading: boolean; onLoadMore: () => void; noun: string }) {
  return (
    <div className="load-more">
      <span className="muted" aria-live="polite">
        Showing {shown} of {total} {noun}
      </span>
      {hasMore && (
        <Button onClick={onLoadMore} busy={loading}>
          Load more
        </Button>
      )}
    </div>
  );
}
