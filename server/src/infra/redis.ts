import { Redis } from 'ioredis';
import { everyMinuteAtMost } from './every-minute-at-most';
import type { Logger } from './logger';

/**
 * An ioredis connection. BullMQ needs `maxRetriesPerRequest: null` so a blocked worker waits for
 * Redis instead of failing; for everything else a short retry keeps a request from hanging.
 * While Redis is away ioredis keeps reconnecting; that is logged once a minute, not per attempt.
 */
export function createRedis(url: string, purpose: 'commands' | 'queue' | 'pubsub', log: Logger): Redis {
  const redis = new Redis(url, {
    connectionName: `matchday:${purpose}`,
    maxRetriesPerRequest: purpose === 'commands' ? 2 : null,
    enableReadyCheck: true,
    lazyConnect: false,
  });
  redis.on('error', everyMinuteAtMost((err) => log.warn({ err, purpose }, 'Redis is unreachable; reconnecting')));
  return redis;
}
