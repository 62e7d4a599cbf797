import { unauthenticated } from '../../graphql/errors';
import { User, UserStatus } from '../users/user.entity';
import type { UsersService } from '../users/users.service';
import type { AccessTokens } from './access-tokens';
import { API_TOKEN_PREFIX, type ApiTokensService } from './api-tokens.service';

export interface Viewer {
  user: User;
  /** How the caller proved who they are. */
  via: 'session' | 'apiToken';
}

/** Turns an Authorization header (or a websocket's authToken) into the viewer of one request. */
export class ViewerService {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly users: UsersService,
    private readonly apiTokens: ApiTokensService,
  ) {}

  async fromAuthorization(header: string | undefined | null): Promise<Viewer | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const token = match[1];
    if (token.startsWith(API_TOKEN_PREFIX)) {
      const ownerId = await this.apiTokens.authenticate(token);
      if (!ownerId) throw unauthenticated('This API token is not valid or has been revoked.');
      return this.viewerFor(await this.users.findById(ownerId), 'apiToken');
    }
    const userId = this.accessTokens.verify(token);
    if (!userId) throw unauthenticated('Your session has expired or the token is not valid. Sign in again.');
    return this.viewerFor(await this.users.findById(userId), 'session');
  }

  private viewerFor(user: User | null, via: Viewer['via']): Viewer {
    if (!user) throw unauthenticated('This account no longer exists.');
    if (user.status !== UserStatus.ACTIVE) throw unauthenticated('This account is disabled.');
    return { user, via };
  }
}
