import type { Redis } from 'ioredis';
import type { RateLimit } from '../config';
import { rateLimited } from '../graphql/errors';

/**
 * Fixed-window counter in one Lua call, so concurrent hits on several API replicas never lose a
 * count or leave a key without expiry. The expiry is set only when the key has none (what
 * `EXPIRE … NX` does, written as a TTL check so Redis 6.2 works too): later hits never extend the
 * window. Returns the count so far and the seconds until the window ends.
 */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if redis.call('TTL', KEYS[1]) < 0 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
end
return { count, redis.call('TTL', KEYS[1]) }
`;

/** Per-key (usually per-IP) limits kept in Redis, shared by every API replica. */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly enabled: boolean,
  ) {}

  /** Counts one hit for `key` in bucket `name`; throws rateLimited(retryAfterSeconds) past the limit. No-op when RATE_LIMITS=off. */
  async consume(name: string, key: string, limit: RateLimit): Promise<void> {
    if (!this.enabled) return;
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, `ratelimit:${name}:${key}`, limit.windowSeconds)) as [number, number];
    if (count > limit.points) throw rateLimited(Math.max(ttl, 1));
  }
}
