import type { Logger } from '../../infra/logger';
import type { CatalogueChanges } from './catalogue-changes';
import type { Event } from './event.entity';
import type { EventsService } from './events.service';
import type { TicketType } from './ticket-type.entity';
import type { TicketTypesService } from './ticket-types.service';

/** An event with its ticket types as last read. Shared between requests: read it, never change it. */
export interface EventSnapshot {
  event: Event;
  ticketTypes: TicketType[];
}

/** How long a snapshot may be used before it is read again, whatever happened. */
const MAX_AGE_MS = 1000;
/** Events kept at most (ids come from callers): past this, all are read again. */
const MAX_EVENTS = 10_000;

/**
 * Events with their ticket types for checkout's rules (visibility, sales windows, prices) and its
 * first "sold out" answer, read once per event per process and second instead of twice per checkout.
 * Dropped on every catalogue change (this process's at once, others' within 100 ms). The statement
 * that takes the seats stays the authority: a snapshot never sells a seat that is not there.
 */
export class EventSnapshots {
  private readonly entries = new Map<string, { snapshot: Promise<EventSnapshot | null>; expiresAt: number }>();

  constructor(
    private readonly events: EventsService,
    private readonly ticketTypes: TicketTypesService,
    catalogue: CatalogueChanges,
    log: Logger,
  ) {
    catalogue.subscribe(() => this.entries.clear(), log);
  }

  get(eventId: string): Promise<EventSnapshot | null> {
    const entry = this.entries.get(eventId);
    if (entry && entry.expiresAt > Date.now()) return entry.snapshot;
    const snapshot = Promise.all([this.events.findById(eventId), this.ticketTypes.findByEventIds([eventId])]).then(([event, ticketTypes]) =>
      event ? { event, ticketTypes } : null,
    );
    if (this.entries.size >= MAX_EVENTS) this.entries.clear();
    this.entries.set(eventId, { snapshot, expiresAt: Date.now() + MAX_AGE_MS });
    // A failed read is not kept.
    snapshot.catch(() => this.entries.get(eventId)?.snapshot === snapshot && this.entries.delete(eventId));
    return snapshot;
  }
}
