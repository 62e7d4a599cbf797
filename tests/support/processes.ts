import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../server/src/infra/free-port';

export const ROOT = path.resolve(__dirname, '..', '..');
export const ADMIN_EMAIL = 'admin@matchday.test';
export const ADMIN_PASSWORD = 'correct-horse-battery';
export const JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export interface RunningProcess {
  child: ChildProcess;
  /** Everything the process printed, for assertions and for failure messages. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface RunningServer extends RunningProcess {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
}

/** The environment every spawned server or worker shares: the test run's Postgres and Redis. */
export function baseEnv(): NodeJS.ProcessEnv {
  const { TEST_DATABASE_URL, TEST_REDIS_URL, TEST_DATA_DIR } = process.env;
  if (!TEST_DATABASE_URL || !TEST_REDIS_URL || !TEST_DATA_DIR) throw new Error('Run the tests through jest: global setup starts Postgres and Redis.');
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    DATA_DIR: TEST_DATA_DIR,
    JWT_SECRET,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    DEMO_DATA: 'false',
    RATE_LIMITS: 'off',
    LOG_LEVEL: 'warn',
  };
}

function run(script: string, env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'server', 'dist', script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return {
    child,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

/** Starts the built API (server/dist/main.js) and waits until /readyz says it is ready. */
export async function startServer(env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const port = await freePort();
  const proc = run('main.js', { ...baseEnv(), PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`The server exited during start:\n${proc.output()}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await proc.stop('SIGKILL');
      throw new Error(`The server did not become ready in 30 s:\n${proc.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ...proc, url, graphqlUrl: `${url}/graphql`, wsUrl: `ws://127.0.0.1:${port}/graphql` };
}

/** Starts the job worker process (server/dist/worker.js). */
export function startWorker(env: NodeJS.ProcessEnv = {}): RunningProcess {
  return run('worker.js', { ...baseEnv(), ...env });
}
