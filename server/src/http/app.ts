import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { compiledExecution } from '../graphql/compiled-execution';
import type { Context } from '../graphql/context';
import { createErrorFormatter } from '../graphql/format-error';
import { queryLimitsRule, type QueryLimits } from '../graphql/limits';
import { costPlugin } from '../graphql/cost-plugin';
import { graphqlMetricsPlugin } from '../graphql/metrics-plugin';
import { publicReadPlugin } from '../graphql/public-reads';
import { httpRoutes } from '../modules';
import type { Services } from '../services';
import { graphqlEndpoint, isGraphqlRequest, wantsExplorer } from './graphql-endpoint';
import { healthRoutes } from './health';
import { jsonErrors, notFound } from './json-errors';
import { createMetrics } from './metrics';
import { PublicReadCache } from './public-read-cache';
import { createRequestLog } from './request-log';
import { spaRoutes } from './spa';
import { startWebsockets } from './websockets';

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
  // Requests are routed once Apollo has started (below); Apollo's drain plugin needs the server first.
  const server = http.createServer();
  const formatError = createErrorFormatter(log);
  const limits: QueryLimits = { maxDepth: config.graphqlMaxDepth, maxAliases: config.graphqlMaxAliases, maxCost: config.graphqlMaxCost };
  const metrics = createMetrics(services);

  const websockets = await startWebsockets(server, services, schema, limits, formatError);

  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    introspection: true,
    // main.ts owns SIGINT/SIGTERM and stops everything in order; Apollo's own handlers would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: config.graphqlBatching,
    includeStacktraceInErrorResponses: false,
    validationRules: [queryLimitsRule(limits)],
    formatError,
    plugins: [
      graphqlMetricsPlugin(metrics.graphqlDuration),
      costPlugin(services.costBudget),
      publicReadPlugin(schema),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints anywhere in the graph, so no per-field cache-control bookkeeping either.
      ApolloServerPluginCacheControlDisabled(),
      { async serverWillStart() { return { async drainServer() { await websockets.close(); } }; } },
    ],
  });
  await apollo.start();

  const requestLog = createRequestLog({ log, countSql: config.logSqlCounts });
  const publicReads = new PublicReadCache(config.publicReadCacheMs);
  if (publicReads.enabled) publicReads.listen(services.catalogue, log);
  const graphql = graphqlEndpoint(apollo, services, metrics, requestLog.track, publicReads);
  server.on('request', (req, res) => (isGraphqlRequest(req) && !wantsExplorer(req) ? graphql(req, res) : app(req, res)));
  app.use(requestLog.middleware, metrics.timeRequests);
  app.use(healthRoutes(services));
  app.use(metrics.routes);
  for (const routes of httpRoutes) app.use(routes(services));
  app.use(spaRoutes(config.webDistDir, log));
  app.use(notFound);
  app.use(jsonErrors(log, config.bodyLimit.text));

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  return {
    server,
    close: async () => {
      publicReads.stop();
      await apollo.stop();
    },
  };
}
