import { Redis } from 'ioredis';

/**
 * An ioredis connection. BullMQ needs `maxRetriesPerRequest: null` so a blocked worker waits for
 * Redis instead of failing; for everything else a short retry keeps a request from hanging.
 */
export function createRedis(url: string, purpose: 'commands' | 'queue' | 'pubsub'): Redis {
  return new Redis(url, {
    connectionName: `matchday:${purpose}`,
    maxRetriesPerRequest: purpose === 'commands' ? 2 : null,
    enableReadyCheck: true,
    lazyConnect: false,
  });
}
