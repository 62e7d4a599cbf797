// What every bench needs: the production build, its own embedded Postgres and a private Redis.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const quiet = { debug() {}, info() {}, warn() {}, error: console.error, child() { return quiet; } };

/** Builds server/dist when it is missing or older than its sources (scripts/build.mjs decides). */
export function ensureBuild() {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), 'server'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(1);
}

export async function startStack(label) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `matchday-bench-${label}-`));
  fs.chmodSync(dir, 0o755); // Postgres runs as its own user when we are root
  const { startEmbeddedPostgres } = require(path.join(ROOT, 'server/dist/infra/embedded-postgres.js'));
  const { startLocalRedis } = require(path.join(ROOT, 'server/dist/infra/local-redis.js'));
  const postgres = await startEmbeddedPostgres(path.join(dir, 'postgres'), quiet);
  const redis = await startLocalRedis(path.join(dir, 'redis'), quiet);
  return {
    dir,
    databaseUrl: postgres.url,
    /** The postmaster, parent of every Postgres backend. */
    postgresPid: () => Number(fs.readFileSync(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]),
    redisUrl: redis.url,
    async stop() {
      await redis.stop();
      await postgres.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function freePort() {
  const { freePort: free } = require(path.join(ROOT, 'server/dist/infra/free-port.js'));
  return free();
}

/**
 * Starts a node script (with node flags `nodeArgs`) and waits until `readyUrl` answers 200.
 * `onStdoutLine`, when given, sees each line the script prints (a server's request log).
 */
export async function startProcess(script, env, readyUrl, nodeArgs = [], onStdoutLine) {
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', onStdoutLine ? 'pipe' : 'ignore', 'pipe'],
  });
  if (onStdoutLine) readline.createInterface({ input: child.stdout }).on('line', onStdoutLine);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${path.basename(script)} exited during start:\n${stderr}`);
    if (readyUrl) {
      try {
        if ((await fetch(readyUrl)).ok) break;
      } catch {
        // not listening yet
      }
    } else break;
    if (Date.now() > deadline) throw new Error(`${path.basename(script)} did not start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** Peak resident memory of a process tree root, sampled from /proc every 100 ms. */
export function watchRss(pid) {
  let peak = 0;
  const read = () => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb * 1024);
    } catch {
      // the process is gone
    }
  };
  const timer = setInterval(read, 100);
  return { peak: () => (read(), peak), stop: () => clearInterval(timer) };
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU seconds (user + system) used so far by a process and all its descendants, from /proc.
 * Unlike throughput, this barely moves when other work shares the machine.
 */
export function cpuSeconds(rootPid) {
  const stats = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state ppid … utime(14) stime(15) cutime(16) cstime(17);
      // the c- pair holds children that have ended (Postgres backends and autovacuum workers come and go).
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      const ticks = fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0);
      stats.push({ pid: Number(entry), ppid: Number(fields[1]), ticks });
    } catch {
      // the process ended while we looked
    }
  }
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of stats) if (!tree.has(s.pid) && tree.has(s.ppid)) (tree.add(s.pid), (grew = true));
  }
  return stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.ticks, 0) / TICKS_PER_SECOND;
}
