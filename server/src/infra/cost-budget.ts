import type { Redis } from 'ioredis';

/**
 * A leaky bucket per caller in Redis: every request pours its cost in, the bucket drains at
 * `restorePerSecond`, and a request that would overflow `capacity` is refused. Levels are kept as
 * a hash {level, at} and decayed by each script from Redis's own clock, so replicas agree.
 */
const DECAY = `
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'level', 'at')
local rate = tonumber(ARGV[2])
local level = math.max(0, (tonumber(state[1]) or 0) - (now - (tonumber(state[2]) or now)) * rate)
`;
const SAVE = `
redis.call('HSET', KEYS[1], 'level', level, 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(level / rate * 1000) + 1000)
`;
/** ARGV: capacity, rate, cost, enforce (1/0). Returns {allowed, level}. */
const CHARGE = `${DECAY}
local allowed = 1
if ARGV[4] == '1' and level + tonumber(ARGV[3]) > tonumber(ARGV[1]) then allowed = 0 else level = level + tonumber(ARGV[3]) end
${SAVE}
return { allowed, tostring(level) }`;
/** ARGV: capacity, rate, delta (negative gives points back). */
const ADJUST = `${DECAY}
level = math.max(0, level + tonumber(ARGV[3]))
${SAVE}
return 1`;

type BudgetRedis = Redis & {
  costCharge(key: string, capacity: number, rate: number, cost: number, enforce: 0 | 1): Promise<[number, string]>;
  costAdjust(key: string, capacity: number, rate: number, delta: number): Promise<number>;
};

export interface BudgetCharge {
  allowed: boolean;
  /** Points left once this request's cost is taken; null when Redis could not be asked. */
  remaining: number | null;
  /** When refused: how long until the request would fit. */
  retryAfterSeconds: number;
}

export interface BudgetSettings {
  capacity: number;
  restorePerSecond: number;
  /** Off (RATE_LIMITS=off): costs are counted and reported, nothing is refused. */
  enforce: boolean;
}

/** How often the differences between requested and actual costs are settled (one pipeline for every caller). */
const SETTLE_EVERY_MS = 500;

export class CostBudget {
  private readonly redis: BudgetRedis;
  private readonly pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    redis: Redis,
    readonly settings: BudgetSettings,
  ) {
    // defineCommand sends EVALSHA (the script body only once per connection).
    if (!('costCharge' in redis)) {
      redis.defineCommand('costCharge', { numberOfKeys: 1, lua: CHARGE });
      redis.defineCommand('costAdjust', { numberOfKeys: 1, lua: ADJUST });
    }
    this.redis = redis as BudgetRedis;
  }

  /**
   * Takes `cost` from the caller's budget up front: the one Redis round trip of a request. While
   * Redis is away requests go through uncounted (signups must not stop with it).
   */
  async charge(caller: string, cost: number): Promise<BudgetCharge> {
    const { capacity, restorePerSecond, enforce } = this.settings;
    let answer: [number, string];
    try {
      answer = await this.redis.costCharge(`budget:${caller}`, capacity, restorePerSecond, cost, enforce ? 1 : 0);
    } catch {
      return { allowed: true, remaining: null, retryAfterSeconds: 0 };
    }
    const [allowed, level] = answer;
    const remaining = Math.max(0, Math.floor(capacity - Number(level)));
    return { allowed: allowed === 1, remaining, retryAfterSeconds: allowed === 1 ? 0 : Math.max(1, Math.ceil((cost - remaining) / restorePerSecond)) };
  }

  /**
   * Once the answer is known: gives back what the request was charged beyond its actual cost (or
   * takes what it cost beyond its estimate). Batched in-process, so a request makes no second trip.
   */
  settle(caller: string, delta: number): void {
    if (delta === 0) return;
    this.pending.set(caller, (this.pending.get(caller) ?? 0) + delta);
    this.timer ??= setTimeout(() => void this.flush(), SETTLE_EVERY_MS).unref();
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const { capacity, restorePerSecond } = this.settings;
    const batch = [...this.pending];
    this.pending.clear();
    const pipeline = this.redis.pipeline() as ReturnType<Redis['pipeline']> & { costAdjust(key: string, capacity: number, rate: number, delta: number): unknown };
    for (const [caller, delta] of batch) pipeline.costAdjust(`budget:${caller}`, capacity, restorePerSecond, delta);
    // Best effort: a settlement Redis missed only leaves a caller charged its estimate.
    await pipeline.exec().catch(() => undefined);
  }
}
