import type { CatalogueChanges } from '../modules/events/catalogue-changes';
import type { Logger } from '../infra/logger';

/** Distinct public reads kept (a page size, a search, an event id each); past this the oldest goes. */
const MAX_ENTRIES = 2000;

interface Entry {
  body: string;
  expiresAt: number;
}

/**
 * Answers to anonymous public reads (the event list and event pages), kept for at most `ttlMs` and
 * dropped on every process when the catalogue changes (CatalogueChanges). A stadium
 * opening the event page at once costs one execution per page per process per second, not one each.
 * Keyed by the request's exact body: the same document and variables give the same answer to anyone
 * not signed in. Concurrent misses for one key wait for the first one's answer.
 */
export class PublicReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<string | null>>();
  private stopListening: (() => void) | null = null;
  /** Bumped by clear(): an answer computed before a change must not be stored after it. */
  private generation = 0;

  constructor(private readonly ttlMs: number) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** Drops everything on every catalogue change, until stop(). */
  listen(catalogue: CatalogueChanges, log: Logger): void {
    this.stopListening = catalogue.subscribe(() => this.clear(), log);
  }

  stop(): void {
    this.stopListening?.();
    this.clear();
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  /**
   * The cached answer for `key`, else the one `execute` gives (stored when it returns a body; null
   * means "not cacheable"). Callers that arrive while it runs share it.
   */
  async answer(key: string, execute: () => Promise<string | null>): Promise<string | null> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > Date.now()) return entry.body;
    const running = this.inFlight.get(key);
    if (running) return running;
    const generation = this.generation;
    const pending = execute().then((body) => {
      if (body !== null && generation === this.generation) this.store(key, body);
      return body;
    });
    this.inFlight.set(key, pending);
    try {
      return await pending;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private store(key: string, body: string): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { body, expiresAt: Date.now() + this.ttlMs });
  }
}
