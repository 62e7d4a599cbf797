import { print } from 'graphql';
import { graphql } from '../generated';
import type { ViewerFieldsFragment } from '../generated/graphql';

/** What the app knows about the signed-in user; every auth payload selects these fields. */
export const ViewerFieldsDoc = graphql(`
  fragment ViewerFields on User {
    id
    email
    name
    role
    status
    createdAt
    lastSignInAt
  }
`);

const RefreshSessionDoc = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      user {
        ...ViewerFields
      }
    }
  }
`);

export type Viewer = ViewerFieldsFragment;

export interface SessionState {
  accessToken: string;
  viewer: Viewer;
}

/** Why the last session ended, for the sign-in page to say so. */
export type EndReason = 'signedOut' | 'expired';

/** Refresh this long before the access token expires, so a request never leaves with a dying token. */
const EXPIRY_MARGIN_MS = 30_000;

/** Milliseconds since the epoch at which a JWT expires (read, not verified: the server verifies). */
function expiresAt(token: string): number | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * The session lives in memory only: the access token is never written to storage, so a script
 * injected into the page cannot lift it from there. The refresh token is an httpOnly cookie that
 * `refreshSession` rotates; a reload restores the session through it.
 */
class SessionStore {
  private state: SessionState | null = null;
  private endReason: EndReason | null = null;
  private readonly listeners = new Set<() => void>();
  private refreshing: Promise<SessionState | null> | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionState | null => this.state;

  get accessToken(): string | null {
    return this.state?.accessToken ?? null;
  }

  get endedBecause(): EndReason | null {
    return this.endReason;
  }

  /** After signIn, register or refreshSession. */
  start(payload: { accessToken: string; user: Viewer }): void {
    this.endReason = null;
    this.set({ accessToken: payload.accessToken, viewer: payload.user });
  }

  end(reason: EndReason | null): void {
    this.endReason = reason;
    this.set(null);
  }

  /**
   * Trades the refresh cookie for a new access token. Concurrent callers share one request (the
   * server rotates the cookie on every use, so two parallel refreshes would look like token reuse).
   * Resolves to null when there is no valid session (the session is then ended), or to what
   * was there before when the server could not answer.
   */
  refresh(): Promise<SessionState | null> {
    this.refreshing ??= this.requestRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** The access token to send now, refreshed first when it is about to expire. */
  async freshToken(): Promise<string | null> {
    const token = this.accessToken;
    if (!token) return null;
    const expiry = expiresAt(token);
    if (expiry !== null && expiry - Date.now() < EXPIRY_MARGIN_MS) return (await this.refresh())?.accessToken ?? null;
    return token;
  }

  private async requestRefresh(): Promise<SessionState | null> {
    // Tabs share the cookie: one refresh at a time across them, so none presents a cookie that
    // another has just rotated (which the server would take for a stolen token).
    if ('locks' in navigator) return await navigator.locks.request('matchday-session-refresh', () => this.exchangeCookie());
    return this.exchangeCookie();
  }

  private async exchangeCookie(): Promise<SessionState | null> {
    let response: Response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ operationName: 'RefreshSession', query: print(RefreshSessionDoc) }),
      });
    } catch {
      // Offline or the server is down: keep what we have; the caller's own request reports the problem.
      return this.state;
    }
    const body = (await response.json().catch(() => null)) as {
      data?: { refreshSession?: { accessToken: string; user: Viewer } | null } | null;
      errors?: { extensions?: { code?: unknown } }[];
    } | null;
    const payload = body?.data?.refreshSession;
    if (payload) this.start(payload);
    // Only a clear "no session" ends it; a server hiccup leaves the session to the next attempt.
    else if (response.status === 401 || body?.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) this.end(this.state ? 'expired' : null);
    return this.state;
  }

  private set(state: SessionState | null): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

export const session = new SessionStore();
