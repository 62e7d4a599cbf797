import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startLocalRedis } from '../../server/src/infra/local-redis';
import { sql } from './graph';
import { startServer, type RunningServer } from './processes';

export interface IsolatedServer {
  server: RunningServer;
  stop(): Promise<void>;
}

/**
 * An API server with a database and a Redis of its own (in the test run's Postgres), for tests
 * whose server must not share queues, outbox rows or rate-limit counters with the shared server:
 * its background workers would otherwise race the shared server's for the same work.
 */
export async function startIsolatedServer(env: NodeJS.ProcessEnv = {}): Promise<IsolatedServer> {
  const database = `isolated_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await sql(`CREATE DATABASE ${database}`);
  const databaseUrl = new URL(process.env.TEST_DATABASE_URL!);
  databaseUrl.pathname = `/${database}`;
  const redisDir = fs.mkdtempSync(path.join(os.tmpdir(), 'matchday-redis-'));
  const redis = await startLocalRedis(redisDir, pino({ level: 'warn' }));
  try {
    const server = await startServer({ DATABASE_URL: databaseUrl.toString(), REDIS_URL: redis.url, ...env });
    return {
      server,
      stop: async () => {
        await server.stop();
        await redis.stop();
        await sql(`DROP DATABASE ${database} WITH (FORCE)`);
        fs.rmSync(redisDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await redis.stop();
    await sql(`DROP DATABASE ${database} WITH (FORCE)`);
    throw err;
  }
}
