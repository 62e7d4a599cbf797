import { Topic, type PubSub } from '../../graphql/pubsub';
import type { Viewer } from '../auth/viewer.service';
import { WaitingRoomPhase, type WaitingRoomPlace } from './on-sale.types';
import type { WaitingRoom } from './waiting-room';
import type { RoomBroadcast } from './waiting-room-store';

/**
 * A fan this close to the front hears every move; one further back hears at most one every few
 * seconds (their wait changes slowly), so a crowd of tens of thousands costs a replica little.
 * A change of phase or stock is always sent at once.
 */
const NEAR_THE_FRONT = 100;
const FAR_BACK_EVERY_MS = 5000;

/** How long after a pass's end or the start the feed looks again, should no broadcast come. */
const WAKE_AFTER_MS = 250;

/**
 * waitingRoomUpdated's stream for one fan: their place now, then after every change. It listens
 * before it reads, so no broadcast between the read and the first update is lost. Most
 * broadcasts move a queued fan's place by arithmetic (WaitingRoom.follow); Redis is read again
 * only when the fan's own state may have changed. Only changes are sent, and to fans far back
 * at most every FAR_BACK_EVERY_MS.
 */
export async function* waitingRoomFeed(room: WaitingRoom, pubSub: PubSub, viewer: Viewer, eventId: string, accessKey?: string | null): AsyncGenerator<WaitingRoomPlace> {
  const updates = pubSub.subscribe(Topic.WaitingRoomUpdated, eventId)[Symbol.asyncIterator]();
  let pending = updates.next();
  try {
    let place = await room.placeOf(viewer, eventId, accessKey);
    let sent = place;
    let sentAt = Date.now();
    yield place;
    for (;;) {
      const next = await nextOrWake(pending, wakeAt(place));
      let fresh: WaitingRoomPlace;
      if (next === 'wake') {
        fresh = await room.standingOf(eventId, viewer.user.id);
      } else {
        if (next.done) return;
        pending = updates.next();
        fresh = (await room.follow(place, next.value as RoomBroadcast)) ?? (await room.standingOf(eventId, viewer.user.id));
      }
      if (differs(sent, fresh) && (fresh.phase !== sent.phase || fresh.stock !== sent.stock || (fresh.ahead ?? 0) <= NEAR_THE_FRONT || Date.now() - sentAt >= FAR_BACK_EVERY_MS)) {
        sent = fresh;
        sentAt = Date.now();
        yield fresh;
      }
      place = fresh;
    }
  } finally {
    await updates.return?.();
  }
}

/** When to look again without a broadcast: at the start (before it) or when the pass ends (admitted). */
function wakeAt(place: WaitingRoomPlace): number | null {
  if (place.phase === WaitingRoomPhase.BEFORE_START && place.startsAt) return place.startsAt.getTime() + WAKE_AFTER_MS;
  if (place.phase === WaitingRoomPhase.ADMITTED && place.passExpiresAt) return place.passExpiresAt.getTime() + WAKE_AFTER_MS;
  return null;
}

async function nextOrWake<T>(pending: Promise<T>, at: number | null): Promise<T | 'wake'> {
  if (at === null) return pending;
  let timer: NodeJS.Timeout | undefined;
  const wake = new Promise<'wake'>((resolve) => (timer = setTimeout(() => resolve('wake'), Math.max(0, at - Date.now()))));
  try {
    return await Promise.race([pending, wake]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether a fan would see a difference. */
function differs(a: WaitingRoomPlace, b: WaitingRoomPlace): boolean {
  return (
    a.phase !== b.phase ||
    a.place !== b.place ||
    a.ahead !== b.ahead ||
    a.estimatedWaitSeconds !== b.estimatedWaitSeconds ||
    a.stock !== b.stock ||
    a.startsAt?.getTime() !== b.startsAt?.getTime() ||
    a.passExpiresAt?.getTime() !== b.passExpiresAt?.getTime()
  );
}
