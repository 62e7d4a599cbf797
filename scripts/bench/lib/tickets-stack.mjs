// The production build on its own embedded Postgres and private Redis, for the ticketing benches.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { build, ROOT } from '../../build.mjs';
import { API_NODE_FLAGS } from '../../api-node-flags.mjs';

const require = createRequire(import.meta.url);
const ADMIN_EMAIL = 'bench-admin@matchday.local';
const ADMIN_PASSWORD = 'bench-admin-password';

/**
 * Starts Postgres, Redis and `node server/dist/main.js` (RATE_LIMITS=off, request log on), and
 * returns the API's URL, a way to read the request log line of a given request id, and stop().
 */
export async function startStack(extraEnv = {}) {
  // The benches measure the production build: (re)build the server when it is stale.
  if (!build({ only: ['server'] })) throw new Error('The server build failed.');
  const { startEmbeddedPostgres } = require(path.join(ROOT, 'server/dist/infra/embedded-postgres.js'));
  const { startLocalRedis } = require(path.join(ROOT, 'server/dist/infra/local-redis.js'));
  const { freePort } = require(path.join(ROOT, 'server/dist/infra/free-port.js'));
  const { createLogger } = require(path.join(ROOT, 'server/dist/infra/logger.js'));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matchday-bench-'));
  fs.chmodSync(dir, 0o755); // embedded Postgres runs as its own user when we are root
  const log = createLogger('warn');
  const stops = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const postgres = await startEmbeddedPostgres(path.join(dir, 'postgres'), log);
    stops.push(() => postgres.stop());
    const redis = await startLocalRedis(path.join(dir, 'redis'), log);
    stops.push(() => redis.stop());
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // BENCH_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...API_NODE_FLAGS, ...nodeArgs, path.join(ROOT, 'server/dist/main.js')], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATABASE_URL: postgres.url,
        REDIS_URL: redis.url,
        DATA_DIR: path.join(dir, 'data'),
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: url,
        JWT_SECRET: crypto.randomBytes(48).toString('base64url'),
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        DEMO_DATA: 'false',
        RATE_LIMITS: 'off',
        LOG_LEVEL: 'info',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stops.push(
      () =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    );
    // The request log (one JSON line per request): kept only for requests the bench tags.
    const tagged = new Map();
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.includes('"requestId":"bench-')) return;
      try {
        const entry = JSON.parse(line);
        tagged.set(entry.requestId, entry);
      } catch {
        // not a log line
      }
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The server exited during start:\n${errors}`);
      const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error('The server did not become ready in 60 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    return {
      url,
      stop,
      /** The request log line of a request sent with X-Request-Id: id (it starts with "bench-"). */
      async logLine(id) {
        for (let i = 0; i < 100 && !tagged.has(id); i++) await new Promise((r) => setTimeout(r, 20));
        return tagged.get(id);
      },
    };
  } catch (err) {
    await stop();
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
 * Runs autocannon and reports throughput, latency percentiles (from every response, so p95 is
 * exact) and errors: connection errors, non-2xx answers, and GraphQL errors (counted by code).
 */
export async function load({ title, url, connections, seconds, setupRequest }) {
  const latencies = [];
  const graphErrors = {};
  let ok = 0;
  const instance = autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
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
