import { unauthenticated } from '../../graphql/errors';
import { User, UserStatus } from '../users/user.entity';
import type { UsersService } from '../users/users.service';
import type { AccessTokens } from './access-tokens';
import { API_TOKEN_PREFIX, type ApiTokensService } from './api-tokens.service';
import type { RevokedSessions } from './revoked-sessions';
import type { SessionsService } from './sessions.service';

export interface Viewer {
  user: User;
  /** How the caller proved who they are. */
  via: 'session' | 'apiToken';
  /** The session (refresh family) or the API token behind the credential, so its revocation can find what it opened. */
  credentialId: string;
  /** When the credential stops working (an access token's expiry; null for an API token without one). */
  expiresAt: Date | null;
}

/** Turns an Authorization header (or a websocket's authToken) into the viewer of one request. */
export class ViewerService {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly users: UsersService,
    private readonly apiTokens: ApiTokensService,
    private readonly revokedSessions: RevokedSessions,
    private readonly sessions: SessionsService,
  ) {}

  async fromAuthorization(header: string | undefined | null): Promise<Viewer | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const token = match[1];
    if (token.startsWith(API_TOKEN_PREFIX)) {
      const apiToken = await this.apiTokens.authenticate(token);
      if (!apiToken) throw unauthenticated('This API token is not valid, has expired or has been revoked.');
      return this.viewerFor(await this.users.findById(apiToken.userId), { via: 'apiToken', credentialId: apiToken.id, expiresAt: apiToken.expiresAt });
    }
    const claims = this.accessTokens.verify(token);
    if (!claims) throw unauthenticated('Your session has expired or the token is not valid. Sign in again.');
    if (this.revokedSessions.has(claims.sessionId)) throw unauthenticated('This session has ended. Sign in again.');
    return this.viewerFor(await this.users.findById(claims.userId), { via: 'session', credentialId: claims.sessionId, expiresAt: claims.expiresAt });
  }

  /**
   * The user behind a credential found earlier (a download link's), when it still works now: the
   * account active, the session not ended or the API token not revoked. Null otherwise.
   */
  async stillHolding(holder: { userId: string; via: Viewer['via']; credentialId: string }): Promise<User | null> {
    const user = await this.users.findById(holder.userId);
    if (!user || user.status !== UserStatus.ACTIVE) return null;
    const holds =
      holder.via === 'apiToken'
        ? await this.apiTokens.isLive(holder.userId, holder.credentialId)
        : !this.revokedSessions.has(holder.credentialId) && (await this.sessions.isLive(holder.userId, holder.credentialId));
    return holds ? user : null;
  }

  private viewerFor(user: User | null, credential: Omit<Viewer, 'user'>): Viewer {
    if (!user) throw unauthenticated('This account no longer exists.');
    if (user.status !== UserStatus.ACTIVE) throw unauthenticated('This account is disabled.');
    return { user, ...credential };
  }
}
