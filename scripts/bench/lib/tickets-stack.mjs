// The production build on its own embedded Postgres and private Redis, for the ticketing benches.
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { API_NODE_FLAGS } from '../../api-node-flags.mjs';
import { ensureBuild, freePort, ROOT, startProcess, startStack as startServices } from '../stack.mjs';

const ADMIN_EMAIL = 'bench-admin@matchday.local';
const ADMIN_PASSWORD = 'bench-admin-password';

/**
 * Starts Postgres, Redis and `node server/dist/main.js` (RATE_LIMITS=off, request log on; `replicas`
 * of it, 1 by default), and returns the API's URL (`urls`: every replica's), a way to read the request log line of a given request id,
 * restart(env) (the first API again with other settings, same port), startReference(script) (a bare
 * reference server on the same database), Postgres's pid, and stop().
 */
export async function startStack(extraEnv = {}, { replicas = 1 } = {}) {
  ensureBuild();
  const services = await startServices('tickets');
  const apis = [];
  const references = [];
  try {
    // The request log (one JSON line per request): kept only for requests the bench tags.
    const tagged = new Map();
    const keepTagged = (line) => {
      if (!line.includes('"requestId":"bench-')) return;
      try {
        const entry = JSON.parse(line);
        tagged.set(entry.requestId, entry);
      } catch {
        // not a log line
      }
    };
    // BENCH_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const shared = {
      NODE_ENV: 'production',
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      DATA_DIR: path.join(services.dir, 'data'),
      HOST: '127.0.0.1',
      JWT_SECRET: crypto.randomBytes(48).toString('base64url'),
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      DEMO_DATA: 'false',
      RATE_LIMITS: 'off',
      LOG_LEVEL: 'info',
      ...extraEnv,
    };
    // `replicas` API processes on the one Postgres and Redis, as docker-compose scales them.
    const urls = [];
    const startApi = (url, moreEnv = {}) =>
      startProcess(path.join(ROOT, 'server/dist/main.js'), { ...shared, ...moreEnv, PORT: new URL(url).port, PUBLIC_URL: url }, `${url}/readyz`, [...API_NODE_FLAGS, ...nodeArgs], keepTagged);
    for (let i = 0; i < replicas; i++) {
      const url = `http://127.0.0.1:${await freePort()}`;
      apis.push(await startApi(url));
      urls.push(url);
    }
    const stack = {
      url: urls[0],
      urls,
      databaseUrl: services.databaseUrl,
      redisUrl: services.redisUrl,
      apiPid: apis[0].child.pid,
      apiPids: apis.map((api) => api.child.pid),
      postgresPid: services.postgresPid,
      /** The first API again, on its port, with these settings over the stack's. */
      async restart(moreEnv = {}) {
        await apis[0].stop();
        apis[0] = await startApi(urls[0], moreEnv);
        stack.apiPid = stack.apiPids[0] = apis[0].child.pid;
      },
      /** A reference server (scripts/bench/<script>) on the same database, with the API's node flags: its URL and pid. */
      async startReference(script) {
        const port = await freePort();
        const reference = await startProcess(path.join(ROOT, 'scripts/bench', script), { DATABASE_URL: services.databaseUrl, PORT: String(port) }, `http://127.0.0.1:${port}/`, API_NODE_FLAGS);
        references.push(reference);
        return { url: `http://127.0.0.1:${port}/`, pid: reference.child.pid };
      },
      async stop() {
        await Promise.all([...references, ...apis].map((child) => child.stop()));
        await services.stop();
      },
      /** The request log line of a request sent with X-Request-Id: id (it starts with "bench-"). */
      async logLine(id) {
        for (let i = 0; i < 100 && !tagged.has(id); i++) await new Promise((r) => setTimeout(r, 20));
        return tagged.get(id);
      },
    };
    return stack;
  } catch (err) {
    await Promise.all([...references, ...apis].map((child) => child.stop()));
    await services.stop();
    throw err;
  }
}

/** One GraphQL request; throws on errors. */
export async function gql(url, query, variables = {}, token, requestId) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(requestId ? { 'x-request-id': requestId } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function signInAdmin(url) {
  const data = await gql(url, `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  return data.signIn.accessToken;
}

/** Fans registered through the graph, each with an access token. */
export async function registerFans(url, count) {
  const tokens = [];
  for (let i = 0; i < count; i++) {
    const data = await gql(url, `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`, {
      input: { email: `bench-fan-${i}-${crypto.randomUUID().slice(0, 6)}@example.test`, password: 'bench-fan-password', name: `Bench fan ${i}` },
    });
    tokens.push(data.register.accessToken);
  }
  return tokens;
}

/** A published event with the given ticket types, created as the admin. */
export async function createEvent(url, adminToken, { title, capacity, ticketTypes, startsInHours = 24 * 7 }) {
  const startsAt = new Date(Date.now() + startsInHours * 3600_000);
  const input = {
    title,
    venue: 'Bench Arena',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
    timeZone: 'Europe/London',
    capacity,
  };
  const { createEvent: event } = await gql(url, `mutation($input: EventInput!) { createEvent(input: $input) { id } }`, { input }, adminToken);
  const ticketTypeIds = [];
  for (const type of ticketTypes) {
    const data = await gql(url, `mutation($eventId: ID!, $input: TicketTypeInput!) { addTicketType(eventId: $eventId, input: $input) { id } }`, { eventId: event.id, input: type }, adminToken);
    ticketTypeIds.push(data.addTicketType.id);
  }
  await gql(url, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: event.id }, adminToken);
  return { id: event.id, ticketTypeIds };
}

/**
 * Runs autocannon (for `seconds`, or as `pacing` says) and reports throughput, latency percentiles (from every response, so p95 is
 * exact) and errors: connection errors, non-2xx answers, and GraphQL errors (counted by code).
 */
export async function load({ title, url, connections, seconds, setupRequest, pacing = {} }) {
  const latencies = [];
  const graphErrors = {};
  let ok = 0;
  const instance = autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    // e.g. { amount, overallRate }: a fixed number of requests at a set pace instead of a duration
    ...pacing,
    requests: [
      {
        method: 'POST',
        setupRequest,
        onResponse: (status, body) => {
          let parsed;
          try {
            parsed = JSON.parse(body);
          } catch {
            graphErrors.UNPARSEABLE = (graphErrors.UNPARSEABLE ?? 0) + 1;
            return;
          }
          if (parsed.errors?.length) {
            const code = parsed.errors[0].extensions?.code ?? 'UNKNOWN';
            graphErrors[code] = (graphErrors[code] ?? 0) + 1;
          } else if (status === 200) ok++;
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const summary = {
    title,
    connections,
    seconds: result.duration,
    requests: latencies.length,
    perSecond: Math.round(latencies.length / result.duration),
    ok,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: latencies.at(-1),
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphErrors,
  };
  printSummary(summary);
  process.stdout.write(`  machine: ${machine()}\n`);
  return summary;
}

/** The machine's state, printed with the figures: a busy shared machine makes every figure worse. */
export function machine() {
  const [one, five] = os.loadavg();
  return `${os.cpus().length} CPUs, load average ${one.toFixed(1)} (1 min) / ${five.toFixed(1)} (5 min), Node ${process.version}`;
}

function printSummary(s) {
  const ms = (v) => `${Number(v).toFixed(1)} ms`;
  process.stdout.write(
    `\n${s.title}\n` +
      `  ${s.requests} requests in ${s.seconds.toFixed(1)} s over ${s.connections} connections: ${s.perSecond} req/s (${s.ok} answered without error)\n` +
      `  latency p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  max ${ms(s.max)}\n` +
      `  errors: ${s.connectionErrors} connection, ${s.timeouts} timeouts, ${s.non2xx} non-2xx, GraphQL ${JSON.stringify(s.graphErrors)}\n`,
  );
}

export const settings = {
  seconds: Number(process.env.BENCH_SECONDS ?? 15),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
};
