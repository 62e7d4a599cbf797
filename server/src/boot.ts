import 'reflect-metadata';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from './config';
import { createDataSource, runMigrations } from './db/data-source';
import { createRedisPubSub } from './graphql/pubsub';
import { startEmbeddedPostgres } from './infra/embedded-postgres';
import { MissingRedisError, startLocalRedis } from './infra/local-redis';
import { createLogger, type Logger } from './infra/logger';
import { createRedis } from './infra/redis';
import { resolveJwtSecret } from './infra/secrets';
import { createServices, type Services } from './services';

/** Longer than the HTTP drain (Apollo waits up to 10 s for requests in flight). */
const STEP_TIMEOUT_MS = 15_000;

/** Things to stop on shutdown, stopped in reverse order of starting. */
export class Shutdown {
  private readonly steps: { name: string; stop: () => Promise<unknown> | unknown }[] = [];
  constructor(private readonly log: Logger) {}

  add(name: string, stop: () => Promise<unknown> | unknown): void {
    this.steps.push({ name, stop });
  }

  async run(): Promise<void> {
    for (const step of this.steps.reverse()) {
      let timer: NodeJS.Timeout | undefined;
      // A step that hangs (a Redis that is already gone, say) must not keep the rest from stopping.
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          this.log.warn({ step: step.name }, `Shutdown step did not finish within ${STEP_TIMEOUT_MS / 1000} s; moving on`);
          resolve();
        }, STEP_TIMEOUT_MS);
      });
      try {
        await Promise.race([Promise.resolve().then(step.stop), timeout]);
        this.log.debug({ step: step.name }, 'Stopped');
      } catch (err) {
        this.log.warn({ err, step: step.name }, 'Shutdown step failed');
      } finally {
        clearTimeout(timer);
      }
    }
  }
}

/**
 * Config -> Postgres (embedded when no DATABASE_URL) -> migrations -> Redis (private when no
 * REDIS_URL) -> services. Shared by the API (main.ts) and the job worker (worker.ts).
 */
export async function boot(role: 'api' | 'worker'): Promise<{ config: Config; services: Services; log: Logger; shutdown: Shutdown }> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) exitWith(`Matchday cannot start: ${err.message}`);
    throw err;
  }
  const log = createLogger(config.logLevel).child({ process: role });
  const shutdown = new Shutdown(log);

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres(path.join(config.dataDir, 'postgres'), log);
      shutdown.add('embedded postgres', pg.stop);
      databaseUrl = pg.url;
    }
    let redisUrl = config.redisUrl;
    if (!redisUrl) {
      const redis = await startLocalRedis(path.join(config.dataDir, 'redis'), log);
      shutdown.add('local redis', redis.stop);
      redisUrl = redis.url;
    }

    const db = createDataSource(databaseUrl, config.databasePoolSize);
    await db.initialize();
    shutdown.add('postgres pool', () => db.destroy());
    const migrated = await runMigrations(db);
    if (migrated.length) log.info({ migrations: migrated }, 'Database migrated');

    const redis = createRedis(redisUrl, 'commands', log);
    const publishClient = createRedis(redisUrl, 'pubsub', log);
    const subscribeClient = createRedis(redisUrl, 'pubsub', log);
    shutdown.add('redis', () => Promise.all([redis.quit(), publishClient.quit(), subscribeClient.quit()]));
    const pubSub = createRedisPubSub(publishClient, subscribeClient);

    const jwtSecret = resolveJwtSecret(config.jwtSecret, config.dataDir);
    const services = createServices({ config, jwtSecret, db, redis, redisUrl, pubSub, log });
    return { config, services, log, shutdown };
  } catch (err) {
    await shutdown.run();
    if (err instanceof MissingRedisError) exitWith(err.message);
    throw err;
  }
}

export function exitWith(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

/** Runs `shutdown` once on SIGINT/SIGTERM/SIGHUP (a closed terminal); a second signal exits at once. */
export function onSignals(log: Logger, shutdown: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    log.info({ signal }, 'Shutting down');
    shutdown().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  process.on('SIGHUP', handler);
}
