import { Topic, type PubSub } from '../../graphql/pubsub';

/** Changes that land within this window share one notice, so a selling event does not flood Redis. */
const COALESCE_MS = 100;

/**
 * Tells every API process, through Redis, that what fans see of events changed (an event or ticket
 * type written, seats held, sold or returned), so each drops its cached public reads. One notice per
 * process per 100 ms: it leaves after the change's commit, and a selling event costs ten messages a
 * second instead of one per checkout.
 */
export class CatalogueChanges {
  private pending: NodeJS.Timeout | null = null;

  constructor(private readonly pubSub: PubSub) {}

  changed(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.pubSub.publish(Topic.CatalogueChanged);
    }, COALESCE_MS);
    this.pending.unref();
  }
}
