import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import type { Redis } from 'ioredis';

/**
 * Every subscription topic and its payload, in one place. Events travel through Redis, so a
 * subscriber on one process sees what a worker or another replica published.
 * Payloads are JSON on the wire: publish plain objects (dates as ISO strings).
 */
export const Topic = {
  JobUpdated: 'JOB_UPDATED',
  /** Published with the event id as topic id; payload: EventCheckInStats. */
  CheckInUpdated: 'CHECK_IN_UPDATED',
  /** No payload: what anonymous visitors see of events changed, so cached public reads are dropped (modules/events/catalogue-changes.ts). */
  CatalogueChanged: 'CATALOGUE_CHANGED',
  /** Published with the event id as topic id; payload: RoomBroadcast (onsale/waiting-room-store.ts). */
  WaitingRoomUpdated: 'WAITING_ROOM_UPDATED',
  /** Payload: { eventId }. Every process reloads its on-sale settings. */
  OnSaleChanged: 'ON_SALE_CHANGED',
  /** A viewer's access ended or changed (sign-out, revoked token, disabled user, new role); payload: AccessChange. */
  AccessChanged: 'ACCESS_CHANGED',
} as const;

export function createRedisPubSub(publishClient: Redis, subscribeClient: Redis) {
  return createPubSub({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
}

export type PubSub = ReturnType<typeof createRedisPubSub>;
