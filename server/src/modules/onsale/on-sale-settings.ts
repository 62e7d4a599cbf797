import type { DataSource } from 'typeorm';
import { Topic, type PubSub } from '../../graphql/pubsub';
import type { Logger } from '../../infra/logger';
import { OnSale } from './on-sale.entity';

/** Every process re-reads the settings this often even without a change message (one that Redis lost). */
const REFRESH_MS = 30_000;

/**
 * Every event's on-sale settings, held in memory in each process: startCheckout asks for them on
 * every call, and for an event without a queued on-sale the answer must cost no round trip. The
 * table holds one small row per queued on-sale, so the whole of it is loaded; a change publishes
 * OnSaleChanged and every replica loads it again.
 */
export class OnSaleSettings {
  private loaded: Map<string, OnSale> | null = null;
  private loading: Promise<Map<string, OnSale>> | null = null;
  private listening = false;
  private refresher: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly pubSub: PubSub,
    private readonly log: Logger,
  ) {}

  /** The event's on-sale, or undefined when it has none. */
  find(eventId: string): OnSale | undefined | Promise<OnSale | undefined> {
    if (this.loaded) return this.loaded.get(eventId);
    return (this.loading ?? this.reload()).then((all) => all.get(eventId));
  }

  async all(): Promise<OnSale[]> {
    return [...(this.loaded ?? (await (this.loading ?? this.reload()))).values()];
  }

  /** Tells every process (this one included) to read the settings again. */
  async changed(eventId: string): Promise<void> {
    await this.reload();
    this.pubSub.publish(Topic.OnSaleChanged, { eventId });
  }

  /** Stops the periodic refresh (shutdown). */
  stop(): void {
    if (this.refresher) clearInterval(this.refresher);
    this.refresher = null;
  }

  private reload(): Promise<Map<string, OnSale>> {
    this.listen();
    const loading = this.db
      .getRepository(OnSale)
      .find()
      .then((rows) => {
        const all = new Map(rows.map((row) => [row.eventId, row]));
        // A slower, older read must not overwrite a newer one.
        if (this.loading === loading) this.loaded = all;
        return all;
      })
      .finally(() => {
        if (this.loading === loading) this.loading = null;
      });
    this.loading = loading;
    return loading;
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const changes = this.pubSub.subscribe(Topic.OnSaleChanged);
    void (async () => {
      for await (const _change of changes) {
        this.reload().catch((err) => this.log.warn({ err }, 'Could not reload the on-sale settings'));
      }
    })();
    this.refresher = setInterval(() => {
      this.reload().catch((err) => this.log.warn({ err }, 'Could not refresh the on-sale settings'));
    }, REFRESH_MS);
    this.refresher.unref();
  }
}
