import type { CatalogueChanges } from '../modules/events/catalogue-changes';
import type { Logger } from '../infra/logger';

/** Distinct public reads kept (a page size, a search, an event id each); past this the oldest goes. */
const MAX_ENTRIES = 2000;

/** A public read's answer without its caller's cost extension: each caller is charged and told their own. */
export interface PublicAnswer {
  /** The `data` member, as JSON. */
  data: string;
  requested: number;
  actual: number;
}

interface Entry {
  answer: PublicAnswer;
  expiresAt: number;
}

/**
 * Answers to anonymous public reads (the event list and event pages), kept for at most `ttlMs` and
 * dropped on every process when the catalogue changes (CatalogueChanges). A stadium
 * opening the event page at once costs one execution per page per process per second, not one each.
 * Keyed by the kind of caller (anonymous, or a fan or volunteer) and the request's exact body: the
 * same document and variables give every such caller the same answer (see graphql/public-reads.ts). Concurrent misses for one key wait for the first one's
 * answer. Each caller still pays the answer's cost from their own budget and is told what is left.
 */
export class PublicReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<PublicAnswer | null>>();
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
   * The cached answer for `key`, else the one `execute` gives (stored unless null: "not cacheable").
   * Callers that arrive while it runs share it.
   */
  async answer(key: string, execute: () => Promise<PublicAnswer | null>): Promise<PublicAnswer | null> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > Date.now()) return entry.answer;
    const running = this.inFlight.get(key);
    if (running) return running;
    const generation = this.generation;
    const pending = execute().then((answer) => {
      if (answer !== null && generation === this.generation) this.store(key, answer);
      return answer;
    });
    this.inFlight.set(key, pending);
    try {
      return await pending;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private store(key: string, answer: PublicAnswer): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { answer, expiresAt: Date.now() + this.ttlMs });
  }
}

/** The cacheable part of a public read's JSON body: its data and what it cost (the cost plugin's figures). */
export function publicAnswerOf(body: string): PublicAnswer | null {
  const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown; extensions?: { cost?: { requested?: number; actual?: number } } };
  const cost = parsed.extensions?.cost;
  if (parsed.errors || parsed.data === undefined || typeof cost?.requested !== 'number' || typeof cost.actual !== 'number') return null;
  return { data: JSON.stringify(parsed.data), requested: cost.requested, actual: cost.actual };
}
