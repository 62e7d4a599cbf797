import { Topic } from '../../graphql/pubsub';
import type { Services } from '../../services';
import type { EventCheckInStats } from './tickets.types';

/**
 * checkInUpdated's stream: the door count as it is now, then every change. It listens before it
 * reads, so no change between the read and the first update is lost; each update carries the
 * whole count, so a door that joins late is right at once.
 */
export async function* checkInFeed(services: Services, eventId: string): AsyncGenerator<EventCheckInStats> {
  const updates = services.infra.pubSub.subscribe(Topic.CheckInUpdated, eventId)[Symbol.asyncIterator]();
  const first = updates.next();
  try {
    const now = await services.checkInStats.forEvent(eventId);
    if (now) yield now;
    for (let next = await first; !next.done; next = await updates.next()) yield next.value as EventCheckInStats;
  } finally {
    await updates.return?.();
  }
}
