import { isUUID } from 'class-validator';
import { Topic, type PubSub } from '../../graphql/pubsub';
import type { Logger } from '../../infra/logger';
import type { EventsService } from '../events/events.service';
import type { TicketsService } from './tickets.service';
import type { EventCheckInStats } from './tickets.types';

/** The live door count: read on demand, and pushed to checkInUpdated subscribers after every change. */
export class CheckInStatsService {
  constructor(
    private readonly events: EventsService,
    private readonly tickets: TicketsService,
    private readonly pubSub: PubSub,
    private readonly log: Logger,
  ) {}

  async forEvent(eventId: string): Promise<EventCheckInStats | null> {
    if (!isUUID(eventId)) return null;
    const [event, checkedIn] = await Promise.all([this.events.findById(eventId), this.tickets.countCheckedIn(eventId)]);
    return event ? { eventId, checkedIn, sold: event.seatsSold, capacity: event.capacity } : null;
  }

  /** Publishes the event's current figures; a failure is logged, never thrown (the change itself is committed). */
  async publish(eventId: string): Promise<void> {
    try {
      const stats = await this.forEvent(eventId);
      if (stats) this.pubSub.publish(Topic.CheckInUpdated, eventId, stats);
    } catch (err) {
      this.log.warn({ err, eventId }, 'Could not publish check-in figures');
    }
  }
}
