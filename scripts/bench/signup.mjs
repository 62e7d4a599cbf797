// npm run bench:signup: the public signUp mutation against the production build, 64 connections for
// 60 s of distinct signups (RATE_LIMITS=off), and a bare node:http + pg baseline doing one INSERT per
// request into a table of the same shape for as long, and the ratio of the two. The two run in
// alternating 10 s rounds, so both see the same neighbours on a shared machine.
// BENCH_DURATION (seconds) and BENCH_CONNECTIONS change the run; BENCH_PROFILE=1 writes a CPU profile of the
// API to tmp/profiles (scripts/bench/profile-summary.mjs reads it); BENCH_NODE_ARGS adds node flags to the API.
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { API_NODE_FLAGS } from '../api-node-flags.mjs';
import { cpuSeconds, ensureBuild, freePort, ROOT, startProcess, startStack } from './stack.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 60);
const ROUND = Math.min(10, DURATION);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const QUERY = 'mutation SignUp($input: LeadSignupInput!) { signUp(input: $input) { id receivedAt } }';

/** Request bodies for distinct people: a fresh email and US number per request. */
function distinctSignups(prefix) {
  let n = 0;
  return (request) => {
    n++;
    const exchange = 200 + Math.floor(n / 10_000) % 800;
    const line = String(n % 10_000).padStart(4, '0');
    const input = {
      name: `Bench Fan ${n}`,
      email: `${prefix}-${n}@bench.example`,
      phone: `+1415${exchange}${line}`,
      zip: '94103',
      consentSms: true,
    };
    request.body = JSON.stringify({ query: QUERY, variables: { input } });
    return request;
  };
}

/** CPU seconds so far of the server under test, of Postgres and of this load generator. */
function cpuNow(serverPid, postgresPid) {
  const own = process.cpuUsage();
  return { server: cpuSeconds(serverPid), postgres: cpuSeconds(postgresPid), client: (own.user + own.system) / 1e6 };
}

/** One round of load; the request bodies keep counting across rounds, so every signup is distinct. */
async function load(url, body, serverPid, postgresPid) {
  let graphErrors = 0;
  const before = cpuNow(serverPid, postgresPid);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: ROUND,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: body,
        onResponse: (status, text) => {
          if (status === 200 && text.includes('"errors"')) graphErrors++;
        },
      },
    ],
  });
  const after = cpuNow(serverPid, postgresPid);
  return {
    acknowledged: result['2xx'] - graphErrors,
    seconds: result.duration || ROUND,
    failed: result.non2xx + result.errors + result.timeouts + graphErrors,
    latency: result.latency,
    cpu: Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - before[key]])),
  };
}

/** Rounds added up: throughput over all of them; latency percentiles of the median and the worst round. */
function summarise(rounds) {
  const acknowledged = rounds.reduce((sum, r) => sum + r.acknowledged, 0);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const median = (key) => rounds.map((r) => r.latency[key]).sort((a, b) => a - b)[Math.floor(rounds.length / 2)];
  const worst = (key) => Math.max(...rounds.map((r) => r.latency[key]));
  return {
    acknowledged,
    perSecond: acknowledged / seconds,
    failed: rounds.reduce((sum, r) => sum + r.failed, 0),
    p50: median('p50'),
    p90: median('p90'),
    p99: median('p99'),
    worstP99: worst('p99'),
    max: worst('max'),
    perRound: rounds.map((r) => Math.round(r.acknowledged / r.seconds)),
    // CPU milliseconds per acknowledged signup: throughput moves with whatever else runs on the machine, this barely does.
    cpuMs: Object.fromEntries(['server', 'postgres', 'client'].map((key) => [key, (rounds.reduce((sum, r) => sum + r.cpu[key], 0) * 1000) / acknowledged])),
  };
}

function print(label, r) {
  console.log(
    `${label.padEnd(10)} ${r.perSecond.toFixed(0).padStart(6)} signups/s   p50 ${r.p50} ms   p90 ${r.p90} ms   p99 ${r.p99} ms ` +
      `(worst round ${r.worstP99} ms)   max ${r.max} ms   errors ${r.failed}   (${r.acknowledged} acknowledged; per round ${r.perRound.join(', ')})`,
  );
  console.log(
    `${''.padEnd(10)} CPU per signup: server ${r.cpuMs.server.toFixed(3)} ms, Postgres ${r.cpuMs.postgres.toFixed(3)} ms, load generator ${r.cpuMs.client.toFixed(3)} ms`,
  );
}

ensureBuild();
const stack = await startStack('signup');
const apiPort = await freePort();
const env = {
  NODE_ENV: 'production',
  JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-0123456789',
  DATABASE_URL: stack.databaseUrl,
  REDIS_URL: stack.redisUrl,
  DATA_DIR: path.join(stack.dir, 'data'),
  PORT: String(apiPort),
  HOST: '127.0.0.1',
  RATE_LIMITS: 'off',
  DEMO_DATA: 'false',
  ADMIN_EMAIL: 'admin@bench.example',
  ADMIN_PASSWORD: 'bench-admin-password',
  // The production shape: the API answers; texts are sent by worker replicas (measured below).
  RUN_WORKERS: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
};
// The API's production flags; the baseline runs with them too, so the two differ only in their code.
const nodeArgs = [
  ...API_NODE_FLAGS,
  ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
  ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, 'tmp', 'profiles')}`] : []),
];
let summary;
try {
  const api = await startProcess(path.join(ROOT, 'server/dist/main.js'), env, `http://127.0.0.1:${apiPort}/readyz`, nodeArgs);
  const basePort = await freePort();
  const baseline = await startProcess(path.join(ROOT, 'scripts/bench/baseline-server.mjs'), { DATABASE_URL: stack.databaseUrl, PORT: String(basePort) }, `http://127.0.0.1:${basePort}/`, API_NODE_FLAGS);
  console.log(`${CONNECTIONS} connections, ${DURATION} s of distinct signups each for the GraphQL API and the bare baseline, in alternating ${ROUND} s rounds…`);
  const apiBody = distinctSignups('api');
  const baseBody = distinctSignups('base');
  const apiRounds = [];
  const baseRounds = [];
  for (let elapsed = 0; elapsed < DURATION; elapsed += ROUND) {
    apiRounds.push(await load(`http://127.0.0.1:${apiPort}/graphql`, apiBody, api.child.pid, stack.postgresPid()));
    baseRounds.push(await load(`http://127.0.0.1:${basePort}/`, baseBody, baseline.child.pid, stack.postgresPid()));
  }
  await api.stop();
  await baseline.stop();
  const matchday = summarise(apiRounds);
  const bare = summarise(baseRounds);

  const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 });
  const [{ count: stored }] = (await db.query(`SELECT count(*)::int AS count FROM leads`)).rows;
  const [{ count: outbox }] = (await db.query(`SELECT count(*)::int AS count FROM sms_messages WHERE kind = 'CONFIRMATION'`)).rows;

  // The confirmations the load left in the outbox, drained by one worker process (texts captured: no Twilio).
  const drainStarted = Date.now();
  const worker = await startProcess(path.join(ROOT, 'server/dist/worker.js'), { ...env, PORT: '0' }, null);
  for (;;) {
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM sms_messages WHERE status IN ('PENDING', 'QUEUED', 'SENDING')`)).rows;
    if (count === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const drainSeconds = (Date.now() - drainStarted) / 1000;
  await worker.stop();
  await db.end();

  console.log('');
  print('Matchday', matchday);
  print('Baseline', bare);
  console.log(`Ratio      ${(matchday.perSecond / bare.perSecond).toFixed(2)} of the bare baseline's throughput`);
  // A few more than acknowledged: requests still in flight when a round ended were stored, not counted.
  console.log(`Stored     ${stored} leads and ${outbox} SMS confirmations in the outbox for ${matchday.acknowledged} acknowledged signups`);
  console.log(`Outbox     one worker process texted (captured) ${outbox} confirmations in ${drainSeconds.toFixed(1)} s (${(outbox / drainSeconds).toFixed(0)}/s)`);
  summary = { matchday, bare, stored, outbox };
} finally {
  await stack.stop();
}
if (summary && (summary.matchday.failed > 0 || summary.stored < summary.matchday.acknowledged)) process.exitCode = 1;
