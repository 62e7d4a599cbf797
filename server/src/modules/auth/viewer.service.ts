import { unauthenticated } from '../../graphql/errors';
import { User, UserStatus } from '../users/user.entity';
import type { UsersService } from '../users/users.service';
import type { AccessTokens } from './access-tokens';

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
  ) {}

  async fromAuthorization(header: string | undefined | null): Promise<Viewer | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const token = match[1];
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
