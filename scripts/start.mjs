// npm start: the compiled production build (built first when missing or stale), not a watcher.
// Ctrl-C stops the server, which stops the Postgres and Redis it started, in order.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { build, ROOT } from './build.mjs';
import { API_NODE_FLAGS } from './api-node-flags.mjs';
import { ensurePrograms } from './system-packages.cjs';

// Without REDIS_URL the server runs a private redis-server from the PATH.
if (!process.env.REDIS_URL && !ensurePrograms(['redis-server'], 'npm start', 'or set REDIS_URL to a Redis 6.2+ server')) process.exit(1);
if (!build()) process.exit(1);

// Its own process group, so a terminal's Ctrl-C reaches only us: the server then stops its private
// Postgres and Redis itself, after draining, instead of all of them getting the signal at once.
const server = spawn(process.execPath, [...API_NODE_FLAGS, path.join(ROOT, 'server', 'dist', 'main.js')], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});

// npm forwards the terminal's signal to us as well, so one Ctrl-C arrives twice within
// milliseconds; pass on a repeat only when it is a deliberate second one (the server then exits at once).
const lastForwarded = new Map();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    const now = Date.now();
    if (now - (lastForwarded.get(signal) ?? 0) < 1000) return;
    lastForwarded.set(signal, now);
    server.kill(signal);
  });
}

server.on('exit', (code, signal) => {
  process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0));
});
