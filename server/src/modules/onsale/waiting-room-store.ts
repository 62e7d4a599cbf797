import type { Redis } from 'ioredis';
import { RedisScript } from '../../infra/redis-script';

/**
 * The waiting room's state in Redis, one set of keys per event, changed only by the Lua scripts
 * below: each runs whole or not at all, so any number of API and worker replicas may join fans,
 * admit them and check passes at once without a lock, and a process that dies mid-way leaves no
 * half-admitted fan. Times come from Redis's clock (TIME), the one clock every replica shares.
 *
 * Keys (the {eventId} hash tag keeps an event's keys on one Redis Cluster slot):
 *   queue   ZSET fan -> score. Fans who joined before the start have a random score in [0, 1);
 *           later ones 1 + an arrival counter, so the queue is a shuffle of the early crowd, then
 *           everyone else in arrival order. Admission pops from the front only.
 *   passes  ZSET admitted fan -> pass expiry (ms).
 *   used    SET  fans whose pass started a checkout (their expiry does not give the slot back).
 *   fans    HASH fan -> q (queued) | a (admitted) | x (pass ran out): one place per account.
 *   state   HASH seq, admitted (fans popped so far), returned (unused passes), the admission
 *           token bucket (tokens, at) and what the last broadcast said (b_*).
 */

/** Whether tickets are left: ok; held (none free, but unpaid checkouts may give some back); gone. */
export type Stock = 'ok' | 'held' | 'gone';

export type FanMark = 'q' | 'a' | 'x';

export interface FanStanding {
  mark: FanMark | null;
  /** 0-based rank in the queue (mark q). */
  rank: number | null;
  /** When the pass ends (mark a), ms. */
  passExpiresAt: number | null;
  /** Fans admitted so far, read together with rank: rank + admitted + 1 is the fan's place. */
  admitted: number;
  stock: Stock;
}

/** What every fan of an event needs to follow the queue, pushed after a change. */
export interface RoomBroadcast {
  admitted: number;
  queued: number;
  stock: Stock;
  started: boolean;
  /** Set when the on-sale was removed: every fan reads their standing again. */
  removed?: boolean;
}

export interface RoomCounts {
  queued: number;
  admitted: number;
  passesActive: number;
  passesUsed: number;
  passesReturned: number;
}

const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** Reads a fan's standing (KEYS fans queue passes state, ARGV[1] the fan): mark, rank, pass end, admitted, stock. */
const STANDING_LUA = `
local mark = redis.call('HGET', KEYS[1], ARGV[1])
local rank, expires = false, false
if mark == 'q' then rank = redis.call('ZRANK', KEYS[2], ARGV[1]) end
if mark == 'a' then expires = redis.call('ZSCORE', KEYS[3], ARGV[1]) end
local state = redis.call('HMGET', KEYS[4], 'admitted', 'b_stock')
return { mark or '', rank, expires, state[1] or '0', state[2] or 'ok' }`;

// KEYS fans queue passes state; ARGV fan startsAtMs randomScore. Answers with the standing, in the same round trip.
const JOIN = new RedisScript(`${NOW}
local mark = redis.call('HGET', KEYS[1], ARGV[1])
if mark ~= 'q' and mark ~= 'a' then
  local score
  if now < tonumber(ARGV[2]) then score = ARGV[3] else score = 1 + redis.call('HINCRBY', KEYS[4], 'seq', 1) end
  redis.call('HSET', KEYS[1], ARGV[1], 'q')
  redis.call('ZADD', KEYS[2], score, ARGV[1])
end
${STANDING_LUA}`);

const STANDING = new RedisScript(STANDING_LUA);

// KEYS passes used; ARGV fan. 1 when the fan holds a pass that has not run out (now marked used).
const USE_PASS = new RedisScript(`${NOW}
local expires = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not expires or tonumber(expires) <= now then return 0 end
redis.call('SADD', KEYS[2], ARGV[1])
return 1`);

// KEYS queue passes used fans state; ARGV startsAtMs perMinute passMs stock maxBatch broadcastEveryMs
const TICK = new RedisScript(`${NOW}
local start, rate, passMs, stock = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local returned = 0
local ended = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 1000)
for _, fan in ipairs(ended) do
  if redis.call('SREM', KEYS[3], fan) == 0 then returned = returned + 1 end
  redis.call('HSET', KEYS[4], fan, 'x')
  redis.call('ZREM', KEYS[2], fan)
end
if returned > 0 then redis.call('HINCRBY', KEYS[5], 'returned', returned) end
local admitted = 0
local started = now >= start
if started then
  -- A token bucket holding at most one second's worth (at least one fan), full at the start;
  -- every pass that ran out unused adds its slot back.
  local cap = math.max(1, rate / 60)
  local saved = redis.call('HMGET', KEYS[5], 'tokens', 'at')
  local tokens, at = tonumber(saved[1]), tonumber(saved[2])
  if tokens == nil then tokens, at = cap, now end
  tokens = math.min(cap, tokens + math.max(0, now - at) * rate / 60000) + returned
  if stock == 'ok' then
    local n = math.min(math.floor(tokens), tonumber(ARGV[5]))
    if n > 0 then
      local popped = redis.call('ZPOPMIN', KEYS[1], n)
      local expires = now + passMs
      for i = 1, #popped, 2 do
        redis.call('ZADD', KEYS[2], expires, popped[i])
        redis.call('HSET', KEYS[4], popped[i], 'a')
      end
      admitted = #popped / 2
      if #popped == 0 then tokens = math.min(tokens, cap) end
      tokens = tokens - admitted
      if admitted > 0 then redis.call('HINCRBY', KEYS[5], 'admitted', admitted) end
    end
  end
  redis.call('HSET', KEYS[5], 'tokens', tostring(tokens), 'at', now)
end
local total = tonumber(redis.call('HGET', KEYS[5], 'admitted') or '0')
local queued = redis.call('ZCARD', KEYS[1])
local last = redis.call('HMGET', KEYS[5], 'b_admitted', 'b_queued', 'b_stock', 'b_started', 'b_at')
local startedFlag = started and '1' or '0'
local urgent = last[3] ~= stock or last[4] ~= startedFlag
local changed = urgent or tonumber(last[1]) ~= total or tonumber(last[2]) ~= queued
if changed and (urgent or now - (tonumber(last[5]) or 0) >= tonumber(ARGV[6])) then
  redis.call('HSET', KEYS[5], 'b_admitted', total, 'b_queued', queued, 'b_stock', stock, 'b_started', startedFlag, 'b_at', now)
  return { admitted, 1, total, queued, startedFlag }
end
return { admitted, 0, total, queued, startedFlag }`);

function standingOf(reply: unknown): FanStanding {
  const [mark, rank, expires, admitted, stock] = reply as [string, number | null, string | null, string, Stock];
  return { mark: (mark || null) as FanMark | null, rank, passExpiresAt: expires === null ? null : Number(expires), admitted: Number(admitted), stock };
}

/** Most fans one tick admits, so one script never blocks Redis for long. */
const MAX_BATCH = 500;
/** Position updates go out at most this often per event (stock and start changes at once). */
const BROADCAST_EVERY_MS = 1000;

export class WaitingRoomStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private keys(eventId: string) {
    const base = `${this.prefix}:onsale:{${eventId}}:`;
    return { queue: `${base}queue`, passes: `${base}passes`, used: `${base}used`, fans: `${base}fans`, state: `${base}state` };
  }

  /** Gives the fan a place unless they have one or a live pass (a fan whose pass ran out queues again at the back); answers with their standing. */
  async join(eventId: string, fanId: string, startsAt: Date): Promise<FanStanding> {
    const k = this.keys(eventId);
    return standingOf(await JOIN.run(this.redis, [k.fans, k.queue, k.passes, k.state], [fanId, startsAt.getTime(), Math.random()]));
  }

  async standing(eventId: string, fanId: string): Promise<FanStanding> {
    const k = this.keys(eventId);
    return standingOf(await STANDING.run(this.redis, [k.fans, k.queue, k.passes, k.state], [fanId]));
  }

  /** True when the fan holds a live pass; the pass is then counted as in use. */
  async usePass(eventId: string, fanId: string): Promise<boolean> {
    const k = this.keys(eventId);
    return (await USE_PASS.run(this.redis, [k.passes, k.used], [fanId])) === 1;
  }

  /** Ends passes that ran out, admits what the rate allows now, and says what to broadcast (null: nothing new). */
  async tick(eventId: string, settings: { startsAt: Date; admissionsPerMinute: number; passSeconds: number }, stock: Stock): Promise<{ admitted: number; broadcast: RoomBroadcast | null }> {
    const k = this.keys(eventId);
    const [admitted, send, total, queued, started] = (await TICK.run(
      this.redis,
      [k.queue, k.passes, k.used, k.fans, k.state],
      [settings.startsAt.getTime(), settings.admissionsPerMinute, settings.passSeconds * 1000, stock, MAX_BATCH, BROADCAST_EVERY_MS],
    )) as [number, number, number, number, string];
    return { admitted, broadcast: send ? { admitted: total, queued, stock, started: started === '1' } : null };
  }

  async counts(eventId: string): Promise<RoomCounts> {
    const k = this.keys(eventId);
    const [queued, passesActive, passesUsed, state] = await Promise.all([
      this.redis.zcard(k.queue),
      this.redis.zcard(k.passes),
      this.redis.scard(k.used),
      this.redis.hmget(k.state, 'admitted', 'returned'),
    ]);
    return { queued, passesActive, passesUsed, admitted: Number(state[0] ?? 0), passesReturned: Number(state[1] ?? 0) };
  }

  /** Forgets the event's queue (its on-sale was removed). */
  async clear(eventId: string): Promise<void> {
    const k = this.keys(eventId);
    await this.redis.del(k.queue, k.passes, k.used, k.fans, k.state);
  }
}
