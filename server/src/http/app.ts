import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { buildContext, type Context } from '../graphql/context';
import { createErrorFormatter } from '../graphql/format-error';
import { httpRoutes } from '../modules';
import type { Services } from '../services';
import { healthRoutes } from './health';
import { requestLog } from './request-log';
import { spaRoutes } from './spa';

export interface HttpServer {
  server: http.Server;
  /** Stops accepting, drains requests and websockets. */
  close(): Promise<void>;
}

export async function startHttpServer(services: Services, schema: GraphQLSchema): Promise<HttpServer> {
  const { config, log } = services.infra;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const server = http.createServer(app);

  const wsServer = new WebSocketServer({ server, path: '/graphql', maxPayload: 64 * 1024 });
  const wsCleanup = useServer<Record<string, unknown>>(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          await services.viewers.fromAuthorization(authorizationFrom(ctx.connectionParams));
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) =>
        buildContext({
          services,
          authorization: authorizationFrom(ctx.connectionParams),
          ip: ctx.extra.request.socket.remoteAddress ?? null,
        }),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    allowBatchedHttpRequests: config.graphqlBatching,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.use(requestLog(log));
  app.use(healthRoutes(services));
  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        buildContext({
          services,
          authorization: req.header('authorization'),
          ip: req.ip ?? null,
          requestId: res.locals.requestId,
          http: { req, res },
        }),
    }),
  );
  for (const routes of httpRoutes) app.use(routes(services));
  app.use(spaRoutes(config.webDistDir, log));

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  return {
    server,
    close: async () => {
      await apollo.stop();
    },
  };
}

function authorizationFrom(params: Record<string, unknown> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : null;
}
