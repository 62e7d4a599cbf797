import { Redis } from 'ioredis';
import type { Logger } from './logger';

/**
 * An ioredis connection. BullMQ needs `maxRetriesPerRequest: null` so a blocked worker waits for
 * Redis instead of failing; for everything else a short retry keeps a request from hanging.
 */
export function createRedis(url: string, purpose: 'commands' | 'queue' | 'pubsub', log: Logger): Redis {
  const client = new Redis(url, {
    connectionName: `matchday:${purpose}`,
    maxRetriesPerRequest: purpose === 'commands' ? 2 : null,
    // A subscriber connection may subscribe before it is ready (the API listens for access changes at start);
    // the ready check's INFO would then be refused in subscriber mode and the connection never get ready.
    enableReadyCheck: purpose !== 'pubsub',
    lazyConnect: false,
  });
  logConnectionProblems(client, log);
  return client;
}

/**
 * Logs a lost connection once (and its return) as JSON, instead of ioredis printing every failed
 * reconnect attempt to stderr. Commands meanwhile wait or fail as createRedis configured them.
 */
function logConnectionProblems(client: Redis, log: Logger): void {
  let down = false;
  client.on('error', (err: Error) => {
    if (down) return;
    down = true;
    log.warn({ connection: client.options.connectionName, reason: err.message }, 'Lost the connection to Redis; reconnecting');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    log.info({ connection: client.options.connectionName }, 'Reconnected to Redis');
  });
}
