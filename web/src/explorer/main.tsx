import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { session } from '../graphql/session';

const DEFAULT_QUERY = `# Matchday's graph, as you: every operation's description says who may run it.
# Ctrl-Enter runs; the Docs panel lists every type. docs/integrators.md explains tokens, paging,
# webhooks and cost (see "extensions.cost" in each answer).
{
  me { email role }
  events(first: 5) { totalCount edges { node { id title startsAt } } }
}
`;

/**
 * GraphiQL, bundled (no CDN), for signed-in users: it runs with the session of the app in this
 * browser (the refresh cookie, shared with the app's tabs), so it can do what you can, and no more.
 */
async function start() {
  const root = createRoot(document.getElementById('explorer')!);
  if (!(await session.refresh())) {
    window.location.replace(`/sign-in?next=${encodeURIComponent('/graphql')}`);
    return;
  }
  const fetcher = createGraphiQLFetcher({
    url: '/graphql',
    subscriptionUrl: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    wsConnectionParams: { get authorization() { return `Bearer ${session.accessToken ?? ''}`; } },
    fetch: async (input, init) => {
      const token = await session.freshToken();
      return fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    },
  });
  root.render(<GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />);
}

void start();
