import type { DataSource } from 'typeorm';

const PRUNE_EVERY_MS = 60_000;

/**
 * Sessions (refresh families) that ended while access tokens they issued may still be unexpired.
 * Each API process keeps them in memory, so an access token of a signed-out session is refused at
 * once with no round trip per request: loaded from Postgres at start, then fed by access changes
 * from every process. An entry is dropped once no token of its session can still be valid.
 */
export class RevokedSessions {
  /** Session id -> when the last access token it issued expires (ms). */
  private readonly until = new Map<string, number>();
  private prunedAt = Date.now();

  constructor(
    private readonly db: DataSource,
    private readonly accessTokenTtlSeconds: number,
  ) {}

  has(sessionId: string): boolean {
    const until = this.until.get(sessionId);
    return until !== undefined && until > Date.now();
  }

  add(sessionIds: readonly string[], endedAt = Date.now()): void {
    const until = endedAt + this.accessTokenTtlSeconds * 1000;
    for (const id of sessionIds) this.until.set(id, Math.max(until, this.until.get(id) ?? 0));
    if (Date.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = Date.now();
    for (const [id, expires] of this.until) if (expires <= this.prunedAt) this.until.delete(id);
  }

  /** The sessions ended within the last access-token lifetime, as Postgres has them. */
  async load(): Promise<void> {
    const rows: { family_id: string; ended_at: Date }[] = await this.db.query(
      `SELECT family_id, max(revoked_at) AS ended_at FROM refresh_tokens
        WHERE revoked_at > now() - make_interval(secs => $1) GROUP BY family_id`,
      [this.accessTokenTtlSeconds],
    );
    for (const row of rows) this.add([row.family_id], row.ended_at.getTime());
  }
}
