// npm run dev: the server recompiled on change (tsc --watch) and restarted (node --watch), plus the
// Vite dev server for the web app, which proxies /graphql (websockets too), /downloads and /webhooks
// to the API. Ctrl-C stops all of it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './build.mjs';
import { ensurePrograms } from './system-packages.cjs';

// Without REDIS_URL the server runs a private redis-server from the PATH.
if (!process.env.REDIS_URL && !ensurePrograms(['redis-server'], 'npm run dev', 'or set REDIS_URL to a Redis 6.2+ server')) process.exit(1);

const children = [];
let stopping = false;

function run(name, command, args, options = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    // A terminal's Ctrl-C reaches tsc and vite directly, possibly before it reaches us.
    if (signal === 'SIGINT' || signal === 'SIGTERM' || code === 130) return stop(0);
    console.error(`\n${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stop(code || 1);
  });
  children.push(child);
  return child;
}

function startServer() {
  // Its own process group, so Ctrl-C reaches the server only through us, once: it then drains and
  // stops its private Postgres and Redis itself. node --watch passes our signal on and waits.
  run('The server', process.execPath, ['--watch', '--watch-preserve-output', path.join('server', 'dist', 'main.js')], { detached: true });
}

// Start the server after tsc's first compile, so the initial output does not restart it at once.
const tsc = run('tsc --watch', process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'server', '--watch', '--preserveWatchOutput'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let serverStarted = false;
tsc.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!serverStarted && /Watching for file changes/.test(chunk.toString())) {
    serverStarted = true;
    startServer();
  }
});

run('vite', 'npm', ['run', 'dev', '-w', 'web']);

function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  }
  Promise.all(children.map((child) => (child.exitCode !== null || child.signalCode !== null ? null : new Promise((r) => child.once('exit', r))))).then(
    () => process.exit(code),
  );
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));
