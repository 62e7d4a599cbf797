import { Topic, type PubSub } from '../../graphql/pubsub';
import type { Logger } from '../../infra/logger';

/** Seat moves that land within this window share one notice, so a selling event does not flood Redis. */
const COALESCE_MS = 100;

/**
 * Tells every API process that what fans see of events changed, so each drops its cached public
 * reads: this process at once, the others through Redis. An edit (a new access key, a price) is told
 * the moment it commits; changes in flight (seat moves) share one Redis notice per 100 ms, which leaves after their
 * commit, so a selling event costs ten messages a second instead of one per checkout.
 */
export class CatalogueChanges {
  private pending: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly pubSub: PubSub) {}

  /** After the commit of a change to an event or a ticket type. */
  changed(): void {
    for (const listener of this.listeners) listener();
    this.pubSub.publish(Topic.CatalogueChanged);
  }

  /**
   * Inside a transaction yet to commit, seats are being held, sold or returned (or an event row is
   * locked to change it): this process drops its cache now (so a fan sees what they just did), and
   * once more with the notice that follows the commit, which also reaches the other processes (a
   * read that raced the commit refilled it).
   */
  changing(): void {
    for (const listener of this.listeners) listener();
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.changed();
    }, COALESCE_MS);
    this.pending.unref();
  }

  /** Calls `listener` on every change, this process's and the others'; returns how to stop. */
  subscribe(listener: () => void, log: Logger): () => void {
    this.listeners.add(listener);
    const notices = this.pubSub.subscribe(Topic.CatalogueChanged);
    void (async () => {
      for await (const _ of notices) listener();
    })().catch((err: unknown) => log.error({ err }, 'Stopped listening for catalogue changes from other processes'));
    return () => {
      this.listeners.delete(listener);
      void notices.return?.();
    };
  }
}
