import { createClient, type Client } from 'graphql-ws';
import { session } from './session';

export type LiveStatus = 'connecting' | 'connected';

let status: LiveStatus = 'connecting';
const statusListeners = new Set<() => void>();
function setStatus(next: LiveStatus): void {
  status = next;
  for (const listener of statusListeners) listener();
}

/** The websocket's state, for a "Live" indicator (useSyncExternalStore). */
export const liveStatus = {
  subscribe(listener: () => void): () => void {
    statusListeners.add(listener);
    return () => statusListeners.delete(listener);
  },
  getSnapshot: (): LiveStatus => status,
};

const MAX_RETRY_WAIT_MS = 10_000;

/**
 * The graphql-ws client for subscriptions. It authenticates once per connection (connectionParams),
 * so whenever the access token changes (sign-in, sign-out, refresh) the socket is closed with
 * 4205 "Client Restart" and reconnects, with every active subscription, under the new token.
 */
export function createWsClient(): Client {
  let socket: WebSocket | null = null;
  let connectedWith: string | null = null;

  const client = createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    connectionParams: async () => {
      const token = await session.freshToken();
      connectedWith = token;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // A live dashboard should come back on its own after a server restart or a network blip.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, MAX_RETRY_WAIT_MS) * (0.5 + Math.random() / 2))),
    on: {
      connected: (connected) => {
        socket = connected as WebSocket;
        setStatus('connected');
      },
      closed: () => {
        socket = null;
        setStatus('connecting');
      },
    },
  });

  session.subscribe(() => {
    if (socket && socket.readyState === WebSocket.OPEN && session.accessToken !== connectedWith) socket.close(4205, 'Client Restart');
  });
  return client;
}
