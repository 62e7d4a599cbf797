import crypto from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * A Lua script sent once and then called by its SHA (EVALSHA), so a hot path sends a few bytes
 * instead of the script's text. A Redis that forgot it (a restart, SCRIPT FLUSH) gets the text again.
 */
export class RedisScript {
  private readonly sha: string;

  constructor(private readonly lua: string) {
    this.sha = crypto.createHash('sha1').update(lua).digest('hex');
  }

  async run(redis: Redis, keys: string[], args: (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return redis.eval(this.lua, keys.length, ...keys, ...args);
    }
  }
}
