import crypto from 'node:crypto';
import { Client } from 'pg';
import { startServer, type RunningServer } from './processes';
import { TestRedis } from './test-redis';

export interface IsolatedServer {
  server: RunningServer;
  /** Its own database, e.g. for a worker process of the same stack. */
  databaseUrl: string;
  /** Its Redis, to stop and start again (an outage). */
  redis: TestRedis;
  /** Its database, for arranging what the API cannot. */
  databaseUrl: string;
  stop(): Promise<void>;
}

/** One statement on the test run's Postgres, on a connection of its own (CREATE/DROP DATABASE). */
async function admin(statement: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * An API server with a database and a Redis of its own (in the test run's Postgres), for tests
 * whose server must not share queues, outbox rows or rate-limit counters with the shared server:
 * its background workers would otherwise race the shared server's for the same work.
 */
export async function startIsolatedServer(env: NodeJS.ProcessEnv = {}): Promise<IsolatedServer> {
  const database = `isolated_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await admin(`CREATE DATABASE ${database}`);
  const databaseUrl = new URL(process.env.TEST_DATABASE_URL!);
  databaseUrl.pathname = `/${database}`;
  const redis = await TestRedis.start();
  try {
    const server = await startServer({ DATABASE_URL: databaseUrl.toString(), REDIS_URL: redis.url, ...env });
    return {
      server,
      databaseUrl: databaseUrl.toString(),
      redis,
      databaseUrl: databaseUrl.toString(),
      stop: async () => {
        await server.stop();
        await redis.destroy();
        await admin(`DROP DATABASE ${database} WITH (FORCE)`);
      },
    };
  } catch (err) {
    await redis.destroy();
    await admin(`DROP DATABASE ${database} WITH (FORCE)`);
    throw err;
  }
}
