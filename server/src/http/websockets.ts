import type http from 'node:http';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CloseCode, handleProtocols, makeServer } from 'graphql-ws';
import proxyaddr from 'proxy-addr';
import { WebSocketServer, type WebSocket } from 'ws';
import { buildSocketContext } from '../graphql/context';
import { validateWithLimits, type QueryLimits } from '../graphql/limits';
import type { Services } from '../services';
import { GRAPHQL_PATH } from './graphql-endpoint';
import { EXPIRED, LiveSocket, LiveSockets } from './live-sockets';

/** Like graphql-ws's own adapter: a ping every 12 s, and a socket that does not answer within the next 12 s is dropped. */
const KEEP_ALIVE_MS = 12_000;
const INTERNAL_ERROR = 'Internal server error';

interface Extra {
  socket: WebSocket;
  request: http.IncomingMessage;
  live: LiveSocket;
  ip: string | null;
}

export interface Websockets {
  /** Closes every socket (1001) and stops listening to access changes. */
  close(): Promise<void>;
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's /graphql. A socket follows its viewer:
 * it authenticates once (connection_init), every operation and push sees the socket's access as it
 * is now, and it is closed when that access ends, on whichever process ended it (access changes
 * travel through Redis), with 4401 when its credential stops working (expiry included) and 4403
 * when only its rights changed. Every failure is logged as JSON, never printed to the console.
 */
export async function startWebsockets(server: http.Server, services: Services, schema: GraphQLSchema, limits: QueryLimits, formatError: FormatError): Promise<Websockets> {
  const { config, log } = services.infra;
  const sockets = new LiveSockets();
  await services.revokedSessions.load();
  const stopListening = services.accessChanges.listen((change) => {
    if (change.sessionIds) services.revokedSessions.add(change.sessionIds);
    sockets.apply(change);
  });

  const graphqlWs = makeServer<Record<string, unknown>, Extra>({
    schema,
    // The same limits as over HTTP, so a websocket is no way around them.
    validate: (wsSchema, document) => validateWithLimits(wsSchema, document, limits),
    onConnect: async (ctx) => {
      try {
        ctx.extra.live.signedIn(await services.viewers.fromAuthorization(authorizationFrom(ctx.connectionParams)));
      } catch (err) {
        if (!(err instanceof GraphQLError) || err.extensions.code !== 'UNAUTHENTICATED') throw err;
        ctx.extra.live.end(CloseCode.Unauthorized, err.message.slice(0, 120));
        return false;
      }
      sockets.add(ctx.extra.live);
      return true;
    },
    // An expired socket answers a new subscribe with UNAUTHENTICATED for that operation, not by failing the whole socket.
    onSubscribe: (ctx) => {
      if (ctx.extra.live.holds()) return undefined;
      ctx.extra.live.end(EXPIRED.code, EXPIRED.reason);
      return [new GraphQLError('Your access token has expired or your access has ended. Refresh the token and reconnect.', { extensions: { code: 'UNAUTHENTICATED' } })];
    },
    context: (ctx) => buildSocketContext(services, ctx.extra.ip, () => ctx.extra.live.current()),
    // Each push is checked against the socket's access at the moment it is sent.
    onOperation: (ctx, _id, _payload, _args, result) => (isAsyncIterable(result) ? whileHeld(result, ctx.extra.live) : undefined),
    // Apollo's formatError does not see websocket traffic; give it the same treatment.
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
    // These are refusals before execution (validation, no such operation, no access): the caller's mistake, never ours.
    onError: (_ctx, _id, _payload, errors) =>
      errors.map((error) => {
        const json = error.toJSON();
        return formatError({ ...json, extensions: { code: 'BAD_REQUEST', ...json.extensions } }, error);
      }),
    onClose: (ctx) => sockets.remove(ctx.extra.live),
  });

  const wsServer = new WebSocketServer({ server, path: GRAPHQL_PATH, maxPayload: 64 * 1024, handleProtocols });
  wsServer.on('error', (err) => log.error({ err }, 'The websocket server failed'));
  wsServer.on('connection', (socket, request) => {
    // A frame the ws library refuses (too large, malformed): it closes the socket itself.
    socket.on('error', (err) => log.warn({ reason: err.message }, 'A websocket was closed after a protocol error'));
    const live = new LiveSocket((code, reason) => socket.close(code, reason));
    const ip = proxyaddr(request, () => config.trustProxy) || null;
    const keepAlive = startKeepAlive(socket);
    const closed = graphqlWs.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (err) => (err ? reject(err) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch (err) {
              log.error({ err, userId: live.userId }, 'Unexpected error on a websocket');
              socket.close(CloseCode.InternalServerError, INTERNAL_ERROR);
            }
          }),
      },
      { socket, request, live, ip },
    );
    socket.once('close', (code, reason) => {
      keepAlive();
      closed(code, String(reason)).catch((err: unknown) => log.error({ err }, 'Unexpected error closing a websocket'));
    });
  });

  return {
    close: async () => {
      await stopListening();
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve, reject) => wsServer.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/** The results of a subscription while the socket's access holds; it ends (and the socket closes) once it does not. */
async function* whileHeld(results: AsyncIterable<ExecutionResult>, live: LiveSocket): AsyncGenerator<ExecutionResult> {
  for await (const result of results) {
    if (!live.holds()) {
      live.end(EXPIRED.code, EXPIRED.reason);
      return;
    }
    yield result;
  }
}

function startKeepAlive(socket: WebSocket): () => void {
  let pongWait: NodeJS.Timeout | null = null;
  const ping = setInterval(() => {
    if (socket.readyState !== socket.OPEN) return;
    pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
    socket.once('pong', () => {
      if (pongWait) clearTimeout(pongWait);
      pongWait = null;
    });
    socket.ping();
  }, KEEP_ALIVE_MS);
  return () => {
    clearInterval(ping);
    if (pongWait) clearTimeout(pongWait);
  };
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<ExecutionResult> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/** The Authorization of a websocket: connectionParams.authorization, or as clients that mimic HTTP send it, connectionParams.headers.authorization. */
function authorizationFrom(params: Record<string, unknown> | undefined): string | null {
  const headers = (params?.headers ?? {}) as Record<string, unknown>;
  const value = params?.authorization ?? params?.Authorization ?? headers.authorization ?? headers.Authorization;
  return typeof value === 'string' ? value : null;
}
