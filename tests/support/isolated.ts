import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import pino from 'pino';
import type { LocalService } from '../../server/src/infra/embedded-postgres';
import { startLocalRedis } from '../../server/src/infra/local-redis';
import { AccessTokens } from '../../server/src/modules/auth/access-tokens';
import { JWT_SECRET, startServer, startWorker, type RunningProcess, type RunningServer } from './processes';

/**
 * A server with a database and a Redis of its own, for suites whose background workers must not
 * meet the shared server's (outbox relays and queues would otherwise take each other's work).
 */
export interface IsolatedStack {
  server: RunningServer;
  redis: LocalService & { port: number; dir: string };
  databaseUrl: string;
  /** Env that points a process at this stack's database and Redis. */
  env: Record<string, string>;
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  adminToken(): Promise<string>;
  startWorker(env?: Record<string, string>): RunningProcess;
  stop(): Promise<void>;
}

export async function startIsolatedStack(env: Record<string, string> = {}): Promise<IsolatedStack> {
  const database = `matchday_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 1 });
  await admin.query(`CREATE DATABASE ${database}`);
  const databaseUrl = process.env.TEST_DATABASE_URL!.replace(/\/[^/]+$/, `/${database}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matchday-redis-'));
  const redis = await startLocalRedis(dir, pino({ level: 'warn' }));
  const port = Number(new URL(redis.url).port);
  const stackEnv = { DATABASE_URL: databaseUrl, REDIS_URL: redis.url, ...env };
  const server = await startServer(stackEnv);
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const query = async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[];
  const workers: RunningProcess[] = [];

  return {
    server,
    redis: { ...redis, port, dir },
    databaseUrl,
    env: stackEnv,
    sql: query,
    adminToken: async () => {
      const email = `admin-${crypto.randomUUID().slice(0, 8)}@example.test`;
      const [user] = await query<{ id: string }>(
        `INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'Test admin', 'ADMIN', 'not-a-real-hash') RETURNING id`,
        [email],
      );
      return new AccessTokens(JWT_SECRET, 900).issue(user.id);
    },
    startWorker: (workerEnv = {}) => {
      const worker = startWorker({ ...stackEnv, ...workerEnv });
      workers.push(worker);
      return worker;
    },
    stop: async () => {
      await Promise.all(workers.map((worker) => worker.stop('SIGKILL')));
      await server.stop();
      await pool.end();
      await redis.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    },
  };
}
