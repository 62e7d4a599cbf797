import { isUUID } from 'class-validator';
import crypto from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { unauthenticated } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import { User, UserStatus } from '../users/user.entity';
import type { Actor, UsersService } from '../users/users.service';
import type { AccessChanges } from './access-changes';
import type { AccessTokens } from './access-tokens';
import { RefreshToken } from './refresh-token.entity';
import { hashSecretToken, newSecretToken } from './secret-tokens';

/** What signing in (or refreshing) yields: the access token for the graph, the refresh token for the cookie. */
export interface Session {
  user: User;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
}

const SESSION_OVER = 'Your session has ended. Sign in again.';

/**
 * Sessions are families of refresh tokens. Each refresh swaps the presented token for a new one in
 * the same family; a token presented twice was copied, so its whole family is revoked.
 */
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    private readonly accessTokens: AccessTokens,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly refreshTokenTtlDays: number,
    private readonly accessChanges: AccessChanges,
  ) {}

  /** A new session (a new token family) for a user who just proved who they are. */
  start(user: User): Promise<Session> {
    return this.issue(user, crypto.randomUUID(), this.db.manager);
  }

  /** Rotates the refresh token: the presented one is spent, a new one in the same family returned. */
  async refresh(refreshToken: string | null, actor: Actor): Promise<Session> {
    if (!refreshToken) throw unauthenticated('There is no session to refresh. Sign in.');
    const tokenHash = hashSecretToken(refreshToken);
    const presented = await this.db.getRepository(RefreshToken).findOneBy({ tokenHash });
    if (!presented || presented.revokedAt || presented.expiresAt <= new Date()) throw unauthenticated(SESSION_OVER);
    if (presented.usedAt) return this.refuseReuse(presented, actor);
    const user = await this.users.findById(presented.userId);
    if (!user || user.status !== UserStatus.ACTIVE) {
      await this.revokeFamily(presented.familyId, this.db.manager);
      throw unauthenticated('This account is disabled.');
    }
    const session = await this.db.transaction(async (manager) => {
      // One statement spends the token: of two concurrent refreshes with it, exactly one wins.
      const [, spent] = await manager.query(
        `UPDATE refresh_tokens SET used_at = now() WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
        [presented.id],
      );
      return spent ? this.issue(user, presented.familyId, manager) : null;
    });
    return session ?? this.refuseReuse(presented, actor);
  }

  /** Signs out: the whole family of the presented token stops working, and so do its access tokens and sockets. */
  async end(refreshToken: string | null, actor: Actor): Promise<void> {
    if (!refreshToken) return;
    const [rows] = (await this.db.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL
        RETURNING user_id, family_id`,
      [hashSecretToken(refreshToken)],
    )) as [{ user_id: string; family_id: string }[], number];
    if (!rows.length) return;
    const { user_id: userId, family_id: sessionId } = rows[0];
    await this.audit.record({ action: 'auth.signed_out', actorId: userId, ip: actor.ip, target: { type: 'User', id: userId } });
    this.accessChanges.publish({ userId, sessionIds: [sessionId], reason: 'signed_out' });
  }

  /**
   * Every session of the user ends (after a password reset), inside the caller's transaction.
   * Returns what `announceEnded` needs once that transaction has committed.
   */
  async endAllForUser(userId: string, manager: EntityManager = this.db.manager): Promise<{ userId: string; sessionIds: string[] }> {
    const [rows] = (await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING family_id`, [
      userId,
    ])) as [{ family_id: string }[], number];
    return { userId, sessionIds: [...new Set(rows.map((row) => row.family_id))] };
  }

  /** Whether the user's session (refresh family) still has a token that can be refreshed. */
  async isLive(userId: string, sessionId: string): Promise<boolean> {
    if (!isUUID(sessionId)) return false;
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now() LIMIT 1`,
      [sessionId, userId],
    );
    return rows.length > 0;
  }

  /** Tells every process that these sessions ended, so their access tokens and sockets stop at once. */
  announceEnded(ended: { userId: string; sessionIds: string[] }): void {
    if (ended.sessionIds.length) this.accessChanges.publish({ ...ended, reason: 'sessions_ended' });
  }

  /** A spent token presented again means someone copied it: nobody in its family keeps the session. */
  private async refuseReuse(spent: RefreshToken, actor: Actor): Promise<never> {
    const revoked = await this.revokeFamily(spent.familyId, this.db.manager);
    // Only the replay that kills live tokens is news; later replays of the same token are not.
    if (revoked > 0) {
      this.accessChanges.publish({ userId: spent.userId, sessionIds: [spent.familyId], reason: 'session_revoked' });
      await this.audit.record({
        action: 'auth.refresh_token_reused',
        actorId: actor.id,
        ip: actor.ip,
        target: { type: 'User', id: spent.userId },
        details: { familyId: spent.familyId, revokedTokens: revoked },
      });
    }
    throw unauthenticated(SESSION_OVER);
  }

  private async revokeFamily(familyId: string, manager: EntityManager): Promise<number> {
    // UPDATE answers [rows, rowCount] through TypeORM's query().
    const [, count] = await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
    return count as number;
  }

  private async issue(user: User, familyId: string, manager: EntityManager): Promise<Session> {
    const refreshToken = newSecretToken();
    const expiresAt = new Date(Date.now() + this.refreshTokenTtlDays * 86_400_000);
    await manager.insert(RefreshToken, { userId: user.id, familyId, tokenHash: hashSecretToken(refreshToken), expiresAt });
    return {
      user,
      accessToken: this.accessTokens.issue(user.id, familyId),
      accessTokenExpiresAt: new Date(Date.now() + this.accessTokens.ttlSeconds * 1000),
      refreshToken,
    };
  }
}
