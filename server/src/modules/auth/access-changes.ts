import { Topic, type PubSub } from '../../graphql/pubsub';
import type { Logger } from '../../infra/logger';

/** Why a viewer's access ended or changed. */
export type AccessChangeReason = 'signed_out' | 'session_revoked' | 'sessions_ended' | 'api_token_revoked' | 'account_disabled' | 'role_changed';

/**
 * One change, as every API process hears it. It touches the user's sockets (and access tokens) of
 * those sessions (refresh families), of that API token, or, with neither, all of them.
 */
export interface AccessChange {
  userId: string;
  reason: AccessChangeReason;
  sessionIds?: string[];
  apiTokenId?: string;
}

/** The websocket close code for a change: 4403 where the token still works but grants other rights, 4401 where it does not work any more. */
export const closeCodeFor = (reason: AccessChangeReason): 4401 | 4403 => (reason === 'role_changed' ? 4403 : 4401);

export const CLOSE_REASONS: Record<AccessChangeReason, string> = {
  signed_out: 'Signed out',
  session_revoked: 'Session ended',
  sessions_ended: 'Session ended',
  api_token_revoked: 'API token revoked',
  account_disabled: 'Account disabled',
  role_changed: 'Role changed: reconnect',
};

/**
 * Tells every API process (through the Redis-backed pub/sub) that some access ended, so each
 * closes the sockets that held it. Published after the change is committed; a Redis outage delays
 * the message, while new requests are refused from Postgres anyway.
 */
export class AccessChanges {
  constructor(
    private readonly pubSub: PubSub,
    private readonly log: Logger,
  ) {}

  publish(change: AccessChange): void {
    try {
      this.pubSub.publish(Topic.AccessChanged, change);
    } catch (err) {
      this.log.error({ err, userId: change.userId, reason: change.reason }, 'Could not announce an access change');
    }
  }

  /** Calls `listener` for every change any process publishes, until the returned stop() is called. */
  listen(listener: (change: AccessChange) => void): () => Promise<void> {
    const changes = this.pubSub.subscribe(Topic.AccessChanged)[Symbol.asyncIterator]();
    void (async () => {
      for (let next = await changes.next(); !next.done; next = await changes.next()) {
        try {
          listener(next.value as AccessChange);
        } catch (err) {
          this.log.error({ err }, 'An access change could not be applied to live sockets');
        }
      }
    })().catch((err) => this.log.error({ err }, 'Stopped listening to access changes'));
    return async () => {
      await changes.return?.();
    };
  }
}
