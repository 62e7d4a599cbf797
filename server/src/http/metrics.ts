import type { IncomingMessage, ServerResponse } from 'node:http';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Pool } from 'pg';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Services } from '../services';

/**
 * Prometheus metrics for one API process, served at GET /metrics: request and GraphQL operation
 * timings, database pool use, and Node's process metrics.
 */
export function createMetrics(services: Services) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const httpDuration = new Histogram({
    name: 'matchday_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const graphqlDuration = new Histogram({
    name: 'matchday_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP by operation name (anonymous when unnamed) and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  // TypeORM's Postgres driver keeps its node-postgres pool as `master`.
  const pool = () => (services.infra.db.driver as unknown as { master?: Pool }).master;
  new Gauge({
    name: 'matchday_db_pool_connections',
    help: 'Open connections in the Postgres pool.',
    registers: [registry],
    collect() {
      this.set(pool()?.totalCount ?? 0);
    },
  });
  new Gauge({
    name: 'matchday_db_pool_idle_connections',
    help: 'Open connections in the Postgres pool that are idle.',
    registers: [registry],
    collect() {
      this.set(pool()?.idleCount ?? 0);
    },
  });
  new Gauge({
    name: 'matchday_db_pool_waiting_queries',
    help: 'Queries waiting for a free Postgres connection.',
    registers: [registry],
    collect() {
      this.set(pool()?.waitingCount ?? 0);
    },
  });

  new Gauge({
    name: 'matchday_jobs',
    help: 'Background jobs by state, counted in Postgres (the same figure in every process).',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      for (const [state, count] of Object.entries(await services.jobs.countByState())) this.set({ state }, count);
    },
  });

  /** Times one request; `route` is asked once the response is done (express knows its route only then). */
  const timeRequest = (req: IncomingMessage, res: ServerResponse, route: () => string) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      httpDuration.observe({ method: req.method ?? '', route: route(), status: String(res.statusCode) }, seconds);
    });
  };
  const timeRequests: RequestHandler = (req, res, next) => {
    timeRequest(req, res, () => routeOf(req, res));
    next();
  };

  const routes = Router();
  routes.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  return { registry, graphqlDuration, timeRequest, timeRequests, routes };
}

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * The route template (`/graphql`, `/webhooks/stripe`), never the raw path, so labels stay few.
 * Requests that no route template matched (the SPA's files and its catch-all, unknown paths)
 * share one label per outcome.
 */
function routeOf(req: Request, res: Response): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path === 'string') return `${req.baseUrl}${path}`;
  return res.statusCode === 404 ? 'unmatched' : 'static';
}
