import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { IsNull } from 'typeorm';
import { forbidden, notFound } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { Actor } from '../users/users.service';
import type { AccessChanges } from './access-changes';
import { ApiToken } from './api-token.entity';
import type { Viewer } from './viewer.service';
import { hashSecretToken, newSecretToken } from './secret-tokens';

/** Every API token starts with this, so it is recognisable in a header, a log or a secret scanner. */
export const API_TOKEN_PREFIX = 'mdt_';
/** How much of a token is kept in clear, to tell tokens apart in a list. */
const DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;
const LAST_USED_RESOLUTION_MS = 60_000;

/** Long-lived tokens for integrators: created and revoked by their owner (or any admin), kept as hashes. */
export class ApiTokensService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly accessChanges: AccessChanges,
  ) {}

  private get repo() {
    return this.db.getRepository(ApiToken);
  }

  /**
   * A new token for the actor; the secret is returned only here. Only a signed-in person makes one:
   * a token that could mint tokens would outlive its own revocation once leaked.
   */
  async create(actor: Actor & { id: string }, name: string, via: Viewer['via']): Promise<{ token: string; apiToken: ApiToken }> {
    if (via === 'apiToken') {
      throw forbidden('An API token cannot create API tokens: sign in to create one.', { reason: 'API_TOKEN_CANNOT_CREATE_TOKENS' });
    }
    const token = newSecretToken(API_TOKEN_PREFIX);
    return this.db.transaction(async (manager) => {
      const apiToken = await manager.save(
        manager.create(ApiToken, { userId: actor.id, name: name.trim(), prefix: token.slice(0, DISPLAY_PREFIX_LENGTH), tokenHash: hashSecretToken(token) }),
      );
      await this.audit.record(
        { action: 'api_token.created', actorId: actor.id, ip: actor.ip, target: { type: 'ApiToken', id: apiToken.id }, details: { name: apiToken.name } },
        manager,
      );
      return { token, apiToken };
    });
  }

  /** The user's tokens, newest first, revoked ones included. */
  listForUser(userId: string): Promise<ApiToken[]> {
    return this.repo.find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** Revokes a token of the actor's (any token for an admin). Revoking twice is fine. */
  async revoke(actor: Actor, id: string, { asAdmin }: { asAdmin: boolean }): Promise<true> {
    const ownerId = await this.db.transaction(async (manager) => {
      const apiToken = await manager.findOneBy(ApiToken, { id });
      // Someone else's token answers like a missing one: ids of other users' tokens stay private.
      if (!apiToken || (apiToken.userId !== actor.id && !asAdmin)) throw notFound('API token');
      const { affected } = await manager.update(ApiToken, { id, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
      if (!affected) return null;
      await this.audit.record(
        {
          action: 'api_token.revoked',
          actorId: actor.id,
          ip: actor.ip,
          target: { type: 'ApiToken', id },
          details: { name: apiToken.name, ownerId: apiToken.userId },
        },
        manager,
      );
      return apiToken.userId;
    });
    if (ownerId) this.accessChanges.publish({ userId: ownerId, apiTokenId: id, reason: 'api_token_revoked' });
    return true;
  }

  /** The live token (its id, owner and expiry), or null. Records the use, at most once a minute per token. */
  async authenticate(token: string): Promise<{ id: string; userId: string; expiresAt: Date | null } | null> {
    const apiToken = await this.repo.findOneBy({ tokenHash: hashSecretToken(token) });
    if (!apiToken || apiToken.revokedAt) return null;
    if (!apiToken.lastUsedAt || Date.now() - apiToken.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      await this.db.query(
        `UPDATE api_tokens SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [apiToken.id],
      );
    }
    return { id: apiToken.id, userId: apiToken.userId, expiresAt: null };
  }

  /** Whether the user's token is still usable (not revoked). */
  async isLive(userId: string, id: string): Promise<boolean> {
    return isUUID(id) && (await this.repo.existsBy({ id, userId, revokedAt: IsNull() }));
  }
}
