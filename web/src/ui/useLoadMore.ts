import { useState } from 'react';

/** "Load more" for a cursor connection: fetches the page after `endCursor` and says while it is loading. */
export function useLoadMore(fetchMore: (options: { variables: { after: string | null | undefined } }) => Promise<unknown>, endCursor: string | null | undefined) {
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };
  return { loadingMore, loadMore };
}
