import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startEmbeddedPostgres } from '../../server/src/infra/embedded-postgres';
import { startLocalRedis } from '../../server/src/infra/local-redis';
import { startServer } from './processes';

/**
 * Starts a real Postgres and a real Redis for the whole run, plus one shared API server
 * (with its job workers) that most suites use. Suites that need other settings start their own.
 */
export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matchday-test-'));
  fs.chmodSync(dir, 0o755); // Postgres runs as its own user and must reach its data directory
  const log = pino({ level: 'warn' });
  const postgres = await startEmbeddedPostgres(path.join(dir, 'postgres'), log);
  const redis = await startLocalRedis(path.join(dir, 'redis'), log);
  process.env.TEST_DATABASE_URL = postgres.url;
  process.env.TEST_REDIS_URL = redis.url;
  process.env.TEST_DATA_DIR = path.join(dir, 'data');
  const server = await startServer();
  process.env.TEST_SERVER_URL = server.url;
  (globalThis as Record<string, unknown>).__MATCHDAY__ = { dir, postgres, redis, server };
}
