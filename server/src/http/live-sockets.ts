import { CLOSE_REASONS, closeCodeFor, type AccessChange } from '../modules/auth/access-changes';
import type { Viewer } from '../modules/auth/viewer.service';

/** setTimeout's longest wait (about 24.8 days); a later expiry re-arms the timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** 4401: the client refreshes its token and reconnects (the web app does so on any close). */
export const EXPIRED = { code: 4401, reason: 'Access token expired: refresh it and reconnect' } as const;

/** One open websocket's access: who it belongs to, until when, and whether it still holds. */
export class LiveSocket {
  private viewer: Viewer | null = null;
  private ended = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly close: (code: number, reason: string) => void) {}

  get userId(): string | null {
    return this.viewer?.user.id ?? null;
  }

  /** The viewer the socket authenticated as on connection_init (null: anonymous); closes the socket when its credential expires. */
  signedIn(viewer: Viewer | null): void {
    this.viewer = viewer;
    if (viewer?.expiresAt) this.closeAt(viewer.expiresAt.getTime());
  }

  /** The viewer operations and pushes see: null once the socket's access ended or expired. */
  current(): Viewer | null {
    return this.holds() ? this.viewer : null;
  }

  /** False once the access of the socket ended (an anonymous socket always holds). */
  holds(): boolean {
    if (this.ended) return false;
    const expiresAt = this.viewer?.expiresAt;
    return !expiresAt || expiresAt.getTime() > Date.now();
  }

  /** Whether a change ends this socket's access: the same user and, when the change names one, the same session or API token. */
  isEndedBy(change: AccessChange): boolean {
    const viewer = this.viewer;
    if (!viewer || viewer.user.id !== change.userId) return false;
    if (change.sessionIds) return viewer.via === 'session' && change.sessionIds.includes(viewer.credentialId);
    if (change.apiTokenId) return viewer.via === 'apiToken' && viewer.credentialId === change.apiTokenId;
    return true;
  }

  end(code: number, reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.dispose();
    this.close(code, reason);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private closeAt(at: number): void {
    this.dispose();
    const wait = at - Date.now();
    this.timer = setTimeout(() => (wait > MAX_TIMER_MS ? this.closeAt(at) : this.end(EXPIRED.code, EXPIRED.reason)), Math.min(Math.max(wait, 0), MAX_TIMER_MS));
    this.timer.unref();
  }
}

/** This process's authenticated sockets by user, so an access change finds the ones it ends. */
export class LiveSockets {
  private readonly byUser = new Map<string, Set<LiveSocket>>();

  add(socket: LiveSocket): void {
    const userId = socket.userId;
    if (!userId) return;
    let sockets = this.byUser.get(userId);
    if (!sockets) this.byUser.set(userId, (sockets = new Set()));
    sockets.add(socket);
  }

  remove(socket: LiveSocket): void {
    socket.dispose();
    const userId = socket.userId;
    const sockets = userId ? this.byUser.get(userId) : undefined;
    if (!sockets) return;
    sockets.delete(socket);
    if (!sockets.size) this.byUser.delete(userId!);
  }

  /** Closes every socket the change ends: 4401 when its credential no longer works, 4403 when its rights changed. */
  apply(change: AccessChange): void {
    for (const socket of this.byUser.get(change.userId) ?? []) {
      if (socket.isEndedBy(change)) socket.end(closeCodeFor(change.reason), CLOSE_REASONS[change.reason]);
    }
  }
}
