// Matchday against a bare reference in alternating rounds, so both see the same neighbours on a shared
// machine: throughput, exact latency percentiles, errors and the CPU milliseconds each answer cost the
// server, Postgres and the load generator (steadier than throughput when other work shares the cores).
import autocannon from 'autocannon';
import { cpuSeconds } from '../stack.mjs';

/** CPU seconds so far of a server's process tree, of Postgres's and of this load generator. */
function cpuNow(serverPid, postgresPid) {
  const own = process.cpuUsage();
  return { server: cpuSeconds(serverPid), postgres: cpuSeconds(postgresPid), client: (own.user + own.system) / 1e6 };
}

/**
 * One round against one target. `target`: { url (the full endpoint), pid (the server's), setupRequest
 * (autocannon's: fills in the body and headers of each request) }. Answers are "ok" when HTTP 2xx
 * with no GraphQL errors; GraphQL errors are counted by their first error's code.
 */
async function round(target, { seconds, connections, postgresPid }) {
  const latencies = [];
  const graphErrors = {};
  let ok = 0;
  const before = cpuNow(target.pid, postgresPid);
  const instance = autocannon({
    url: target.url,
    connections,
    duration: seconds,
    method: 'POST',
    requests: [
      {
        setupRequest: target.setupRequest,
        onResponse: (status, body) => {
          if (status < 200 || status >= 300) return;
          if (!body.includes('"errors"')) return void ok++;
          let code = 'UNPARSEABLE';
          try {
            code = JSON.parse(body).errors?.[0]?.extensions?.code ?? 'UNKNOWN';
          } catch {
            // counted as unparseable
          }
          graphErrors[code] = (graphErrors[code] ?? 0) + 1;
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const after = cpuNow(target.pid, postgresPid);
  return {
    seconds: result.duration || seconds,
    latencies,
    ok,
    graphErrors,
    failed: result.non2xx + result.errors + result.timeouts,
    cpu: Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - before[key]])),
  };
}

/** Rounds of one target added up: requests per second over all, percentiles over every answer. */
function summarise(rounds) {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const graphErrors = {};
  for (const r of rounds) for (const [code, n] of Object.entries(r.graphErrors)) graphErrors[code] = (graphErrors[code] ?? 0) + n;
  const summary = {
    requests: latencies.length,
    ok: rounds.reduce((sum, r) => sum + r.ok, 0),
    perSecond: latencies.length / seconds,
    perRound: rounds.map((r) => Math.round(r.latencies.length / r.seconds)),
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: latencies.at(-1) ?? NaN,
    failed: rounds.reduce((sum, r) => sum + r.failed, 0),
    graphErrors,
  };
  const count = summary.requests || 1;
  summary.cpuMs = Object.fromEntries(['server', 'postgres', 'client'].map((key) => [key, (rounds.reduce((sum, r) => sum + r.cpu[key], 0) * 1000) / count]));
  return summary;
}

/**
 * Runs `targets` (label -> target) in alternating rounds of `round` seconds until each has had `seconds`,
 * and returns label -> summary (CPU is per answer).
 */
export async function alternate(targets, { seconds, round: roundSeconds = Math.min(5, seconds), connections, postgresPid }) {
  const rounds = Object.fromEntries(Object.keys(targets).map((label) => [label, []]));
  for (let elapsed = 0; elapsed < seconds; elapsed += roundSeconds) {
    for (const [label, target] of Object.entries(targets)) rounds[label].push(await round(target, { seconds: roundSeconds, connections, postgresPid: postgresPid() }));
  }
  return Object.fromEntries(Object.entries(rounds).map(([label, r]) => [label, summarise(r)]));
}

/** One line of figures per target, then the ratio of the first target's throughput to the second's. */
export function printComparison(title, results, unit = 'req') {
  const entries = Object.entries(results);
  const width = Math.max(...entries.map(([label]) => label.length));
  console.log(`\n${title}`);
  for (const [label, r] of entries) {
    const errors = r.failed + Object.values(r.graphErrors).reduce((a, b) => a + b, 0);
    console.log(
      `  ${label.padEnd(width)}  ${r.perSecond.toFixed(0).padStart(6)} ${unit}/s  p50 ${fmt(r.p50)}  p95 ${fmt(r.p95)}  p99 ${fmt(r.p99)}  max ${fmt(r.max)}  ` +
        `CPU/${unit}: API ${r.cpuMs.server.toFixed(2)} ms, Postgres ${r.cpuMs.postgres.toFixed(2)} ms, load ${r.cpuMs.client.toFixed(2)} ms  ` +
        `(${r.requests} answers, ${errors ? `errors ${r.failed} HTTP + ${JSON.stringify(r.graphErrors)}` : 'no errors'}; per round ${r.perRound.join(', ')})`,
    );
  }
  if (entries.length >= 2) {
    const [[, a], [labelB, b]] = entries;
    console.log(`  ratio ${(a.perSecond / b.perSecond).toFixed(2)}x the ${labelB}'s throughput; p99 ${(a.p99 / b.p99).toFixed(2)}x; API CPU ${(a.cpuMs.server / b.cpuMs.server).toFixed(2)}x`);
  }
}

const fmt = (ms) => `${Number(ms).toFixed(0).padStart(4)} ms`;

