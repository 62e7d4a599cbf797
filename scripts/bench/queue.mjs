// The waiting room: 20,000 fans join a queued on-sale in 10 s (npm run bench:queue; starts its own stack).
// Prints join throughput and latency, position-update latency p95 (Redis broadcast -> fan's
// websocket), admission accuracy against the set rate, and memory (API RSS, Redis used_memory).
// Settings: BENCH_FANS (20000), BENCH_JOIN_SECONDS (10), BENCH_SUBSCRIBERS (2000), BENCH_RATE
// (fans admitted per minute, 6000), BENCH_WATCH_SECONDS (20: how long the queue is followed after the joins),
// BENCH_API_REPLICAS (API processes sharing the load, each admitting too, as in docker-compose; 1).
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import pg from 'pg';
import WebSocket from 'ws';
import { cpuSeconds, ROOT, watchRss } from './stack.mjs';
import { createEvent, gql, load, machine, signInAdmin, startStack } from './lib/tickets-stack.mjs';

const require = createRequire(import.meta.url);
const FANS = Number(process.env.BENCH_FANS ?? 20_000);
const JOIN_SECONDS = Number(process.env.BENCH_JOIN_SECONDS ?? 10);
const SUBSCRIBERS = Math.min(FANS, Number(process.env.BENCH_SUBSCRIBERS ?? 2000));
const RATE = Number(process.env.BENCH_RATE ?? 6000);
const WATCH_SECONDS = Number(process.env.BENCH_WATCH_SECONDS ?? 20);
const REPLICAS = Number(process.env.BENCH_API_REPLICAS ?? 1);

const JOIN = `mutation($eventId: ID!) { joinWaitingRoom(eventId: $eventId) { phase } }`;
const UPDATED = `subscription($eventId: ID!) { waitingRoomUpdated(eventId: $eventId) { phase place ahead } }`;
const STATS = `query($eventId: ID!) { onSaleStats(eventId: $eventId) { queued admitted passesActive } }`;
const SET_ON_SALE = `mutation($eventId: ID!, $input: OnSaleInput!) { setOnSale(eventId: $eventId, input: $input) { startsAt } }`;

/** Fans straight into Postgres with tokens signed as the server signs them: 20,000 password hashes would take minutes. */
async function insertFans(databaseUrl, jwtSecret, count) {
  const { AccessTokens } = require(path.join(ROOT, 'server/dist/modules/auth/access-tokens.js'));
  const tokens = new AccessTokens(jwtSecret, 3600);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const { rows } = await pool.query(
      `INSERT INTO users (email, name, role, password_hash)
       SELECT 'queue-' || gen_random_uuid() || '@example.test', 'Queue fan ' || n, 'FAN', 'not-a-real-hash' FROM generate_series(1, $1) AS n RETURNING id`,
      [count],
    );
    // Each its own session id, as a sign-in would give.
    return rows.map((row) => tokens.issue(row.id, crypto.randomUUID()));
  } finally {
    await pool.end();
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (v) => `${Number(v).toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const jwtSecret = crypto.randomBytes(48).toString('base64url');
const stack = await startStack({ JWT_SECRET: jwtSecret }, { replicas: REPLICAS });
const apiCpu = () => stack.apiPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
const redis = new Redis(stack.redisUrl);
const listener = new Redis(stack.redisUrl);
const clients = [];
try {
  const rss = stack.apiPids.map((pid) => watchRss(pid));
  const admin = await signInAdmin(stack.url);
  const event = await createEvent(stack.url, admin, {
    title: 'Bench: queued on-sale',
    capacity: 1_000_000,
    ticketTypes: [{ name: 'General', priceCents: 2500, currency: 'EUR', quantity: 1_000_000, maxPerOrder: 10 }],
  });
  const fans = await insertFans(stack.databaseUrl, jwtSecret, FANS);
  process.stdout.write(`Matchday (production build), ${REPLICAS} API ${REPLICAS === 1 ? 'process' : 'replicas'} at ${stack.urls.join(' ')}; ${FANS} fans, ${SUBSCRIBERS} of them following their place over websockets; admission rate ${RATE}/min.\n`);

  // When each broadcast (by its admitted count) reached Redis: the start of a position update's trip.
  const broadcastAt = new Map();
  await listener.subscribe(`WAITING_ROOM_UPDATED:${event.id}`);
  listener.on('message', (_channel, message) => {
    const { admitted } = JSON.parse(message);
    if (!broadcastAt.has(admitted)) broadcastAt.set(admitted, performance.now());
  });
  const firstBroadcastReaching = (admitted) => {
    let best = Infinity;
    for (const [count, at] of broadcastAt) if (count >= admitted && at < best) best = at;
    return best;
  };

  // A spread sample of the fans follows their place from before they join.
  const moves = [];
  const admissions = [];
  let received = 0;
  const step = Math.floor(FANS / SUBSCRIBERS);
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const client = createClient({ url: stack.urls[i % REPLICAS].replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${fans[i * step]}` }, retryAttempts: 0 });
    clients.push(client);
    let previous = null;
    client.subscribe(
      { query: UPDATED, variables: { eventId: event.id } },
      {
        next: ({ data }) => {
          const now = performance.now();
          const place = data?.waitingRoomUpdated;
          received++;
          if (!place) return;
          // A queued fan moved by a broadcast: the place says which one (admitted = place - 1 - ahead).
          if (previous?.phase === 'QUEUED' && place.phase === 'QUEUED') {
            const sent = broadcastAt.get(place.place - 1 - place.ahead);
            if (sent !== undefined) moves.push(now - sent);
          }
          if (previous?.phase === 'QUEUED' && place.phase === 'ADMITTED') {
            const sent = firstBroadcastReaching(previous.place);
            if (sent !== Infinity) admissions.push(now - sent);
          }
          previous = place;
        },
        error: () => {},
        complete: () => {},
      },
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));

  // The doors open halfway through the joins: the first half is shuffled, the rest queues in arrival order.
  const startsAt = new Date(Date.now() + (JOIN_SECONDS * 1000) / 2);
  await gql(stack.url, SET_ON_SALE, { eventId: event.id, input: { startsAt: startsAt.toISOString(), admissionsPerMinute: RATE, passSeconds: 300 } }, admin);

  // Each replica takes every REPLICAS-th fan, at its share of the pace (a load balancer's round robin).
  const cpuBeforeJoins = apiCpu();
  const runs = await Promise.all(
    stack.urls.map((url, replica) => {
      const mine = fans.filter((_, i) => i % REPLICAS === replica);
      let next = 0;
      return load({
        title: `joinWaitingRoom on replica ${replica + 1}: ${mine.length} fans at ${Math.round(mine.length / JOIN_SECONDS)}/s (the on-sale opens halfway through)`,
        url,
        connections: Math.ceil(100 / REPLICAS),
        // A ceiling only: the run ends when every fan has sent its join.
        seconds: JOIN_SECONDS * 10,
        pacing: { amount: mine.length, overallRate: Math.round(mine.length / JOIN_SECONDS) },
        setupRequest: (request) => ({
          ...request,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${mine[next++ % mine.length]}` },
          body: JSON.stringify({ query: JOIN, variables: { eventId: event.id } }),
        }),
      });
    }),
  );
  const joins = {
    perSecond: Math.round(FANS / Math.max(...runs.map((run) => run.seconds))),
    ok: runs.reduce((sum, run) => sum + run.ok, 0),
    p50: Math.max(...runs.map((run) => run.p50)),
    p95: Math.max(...runs.map((run) => run.p95)),
    p99: Math.max(...runs.map((run) => run.p99)),
  };
  const joinCpu = apiCpu() - cpuBeforeJoins;
  const joined = await gql(stack.url, STATS, { eventId: event.id }, admin);
  const redisAfterJoins = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))[1]);

  // Admission accuracy over the watch window, by the admitted count the server reports.
  const from = { at: Date.now(), admitted: joined.onSaleStats.admitted, cpu: apiCpu(), received };
  await new Promise((resolve) => setTimeout(resolve, WATCH_SECONDS * 1000));
  const watchCpu = apiCpu() - from.cpu;
  const watchMessages = received - from.received;
  const to = { at: Date.now(), admitted: (await gql(stack.url, STATS, { eventId: event.id }, admin)).onSaleStats.admitted };
  const perMinute = ((to.admitted - from.admitted) / ((to.at - from.at) / 1000)) * 60;
  const info = await redis.info('memory');
  const redisUsed = Number(/used_memory:(\d+)/.exec(info)[1]);
  const redisPeak = Number(/used_memory_peak:(\d+)/.exec(info)[1]);

  moves.sort((a, b) => a - b);
  admissions.sort((a, b) => a - b);
  const total = joined.onSaleStats.queued + joined.onSaleStats.admitted;
  process.stdout.write(
    `\n  joined: ${total} of ${FANS} fans hold one place each (${joined.onSaleStats.queued} queued, ${joined.onSaleStats.admitted} admitted when the joins ended)\n` +
      `  join throughput: ${joins.perSecond} joins/s over ${REPLICAS} API ${REPLICAS === 1 ? 'process' : 'replicas'} (${joins.ok} without error); join latency (slowest replica) p50 ${ms(joins.p50)} p95 ${ms(joins.p95)} p99 ${ms(joins.p99)}\n` +
      `  API CPU while joining: ${joinCpu.toFixed(1)} s = ${((joinCpu * 1000) / FANS).toFixed(2)} ms per join (the followers' updates included)\n` +
      `\nPosition updates (broadcast in Redis -> the fan's websocket), ${SUBSCRIBERS} followers, ${received} messages in all\n` +
      `  place moved: ${moves.length} updates, p50 ${ms(percentile(moves, 50))} p95 ${ms(percentile(moves, 95))} p99 ${ms(percentile(moves, 99))} max ${ms(moves.at(-1) ?? NaN)}\n` +
      `  admitted:    ${admissions.length} notices, p50 ${ms(percentile(admissions, 50))} p95 ${ms(percentile(admissions, 95))} max ${ms(admissions.at(-1) ?? NaN)}\n` +
      `  API CPU while only the queue moved: ${watchCpu.toFixed(1)} s in ${((to.at - from.at) / 1000).toFixed(1)} s (${((watchCpu / ((to.at - from.at) / 1000)) * 100).toFixed(0)}% of a core) admitting and following ${SUBSCRIBERS} fans; ${watchMessages} messages sent\n` +
      `\nAdmission over ${((to.at - from.at) / 1000).toFixed(1)} s after the joins: ${to.admitted - from.admitted} fans = ${perMinute.toFixed(0)}/min against ${RATE}/min set (${((perMinute / RATE) * 100).toFixed(1)}%)\n` +
      `\nMemory: API RSS peak ${rss.map((watch) => mb(watch.peak())).join(' + ')}; Redis used_memory ${mb(redisAfterJoins)} after the joins, ${mb(redisUsed)} at the end (peak ${mb(redisPeak)})\n` +
      `  machine: ${machine()}\n`,
  );
  rss.forEach((watch) => watch.stop());
  if (total !== FANS) {
    process.stdout.write(`\nFAILURE: ${FANS} fans joined but the queue holds ${total} places.\n`);
    process.exitCode = 1;
  }
} finally {
  await Promise.all(clients.map((client) => client.dispose()));
  listener.disconnect();
  redis.disconnect();
  await stack.stop();
}
