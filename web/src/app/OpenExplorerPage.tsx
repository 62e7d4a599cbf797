import { useEffect } from 'react';
import { Loading } from '../ui/Loading';

/** /graphql reached inside the app (after signing in to open the explorer): load the explorer page itself. */
export function OpenExplorerPage() {
  useEffect(() => window.location.replace('/graphql'), []);
  return <Loading label="Opening the GraphQL explorer…" />;
}
