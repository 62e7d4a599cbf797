import { EventStatus } from '../events/event.entity';
import type { EventsService } from '../events/events.service';

const CACHE_MS = 5_000;
const MAX_CACHED = 1_000;

/**
 * Whether signups may name an event: it exists and is PUBLISHED. A crowd signs up for the same
 * few events, so answers are kept a few seconds instead of read on every signup.
 */
export class OpenEvents {
  private readonly cache = new Map<string, { at: number; open: Promise<boolean> }>();

  constructor(private readonly events: EventsService) {}

  isOpen(eventId: string): Promise<boolean> {
    const now = Date.now();
    const cached = this.cache.get(eventId);
    if (cached && now - cached.at <= CACHE_MS) return cached.open;
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    const open = this.events.findById(eventId).then((event) => event?.status === EventStatus.PUBLISHED);
    this.cache.set(eventId, { at: now, open });
    open.catch(() => this.cache.delete(eventId));
    return open;
  }
}
