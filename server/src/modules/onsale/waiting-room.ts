import { notFound } from '../../graphql/errors';
import type { Viewer } from '../auth/viewer.service';
import type { Event } from '../events/event.entity';
import type { EventsService } from '../events/events.service';
import type { OnSale } from './on-sale.entity';
import type { OnSaleSettings } from './on-sale-settings';
import { WaitingRoomPhase, WaitingRoomPlace } from './on-sale.types';
import { stockLevel } from './stock-level';
import type { FanStanding, RoomBroadcast, WaitingRoomStore } from './waiting-room-store';

/** How long the event row read for the visibility check is reused: a crowd joins at once, and the row rarely changes. */
const EVENT_REUSE_MS = 1000;

/** A fan in an event's waiting room: taking a place, and where that place stands now. */
export class WaitingRoom {
  /** Only events with a queued on-sale, so it stays as small as the on-sales table. */
  private readonly recentEvents = new Map<string, { event: Promise<Event | null>; until: number }>();

  constructor(
    private readonly settings: OnSaleSettings,
    private readonly store: WaitingRoomStore,
    private readonly events: EventsService,
  ) {}

  /** Takes a place (or keeps the one the account has: a refresh or a second tab changes nothing). */
  async join(viewer: Viewer, eventId: string, accessKey?: string | null): Promise<WaitingRoomPlace> {
    const onSale = await this.visibleOnSale(viewer, eventId, accessKey);
    return onSale ? placeFrom(onSale, await this.store.join(eventId, viewer.user.id, onSale.startsAt)) : openPlace(eventId);
  }

  async placeOf(viewer: Viewer, eventId: string, accessKey?: string | null): Promise<WaitingRoomPlace> {
    await this.visibleOnSale(viewer, eventId, accessKey);
    return this.standingOf(eventId, viewer.user.id);
  }

  /** The fan's place read from Redis; callers have checked that the fan may see the event. */
  async standingOf(eventId: string, fanId: string): Promise<WaitingRoomPlace> {
    const onSale = await this.settings.find(eventId);
    return onSale ? placeFrom(onSale, await this.store.standing(eventId, fanId)) : openPlace(eventId);
  }

  /**
   * The place moved by a broadcast without asking Redis, when that is exact: a queued fan's rank
   * falls by one for every fan admitted (admission takes the front, arrivals join the back).
   * Null: read the standing again (the start passed, the fan's turn came, the on-sale changed).
   */
  async follow(place: WaitingRoomPlace, update: RoomBroadcast): Promise<WaitingRoomPlace | null> {
    // Said at once: another replica may not have reloaded its settings when the broadcast arrives.
    if (update.removed) return openPlace(place.eventId);
    const onSale = await this.settings.find(place.eventId);
    if (!onSale || update.stock === 'gone' || place.phase !== WaitingRoomPhase.QUEUED || !place.basis) return null;
    const ahead = place.basis.rank - (update.admitted - place.basis.admitted);
    if (ahead < 0) return null;
    return { ...place, ahead, estimatedWaitSeconds: waitSeconds(ahead, onSale.admissionsPerMinute), stock: stockLevel(update.stock) };
  }

  /** The on-sale of an event this viewer may open (a private one needs its accessKey); null when it has none. */
  private async visibleOnSale(viewer: Viewer, eventId: string, accessKey?: string | null): Promise<OnSale | null> {
    const onSale = await this.settings.find(eventId);
    if (!onSale) return null;
    const event = await this.eventOf(eventId);
    if (!event || !this.events.canView(viewer, event, accessKey)) throw notFound('Event');
    return onSale;
  }

  private eventOf(eventId: string): Promise<Event | null> {
    const now = Date.now();
    let recent = this.recentEvents.get(eventId);
    if (!recent || recent.until <= now) {
      recent = { event: this.events.findById(eventId), until: now + EVENT_REUSE_MS };
      this.recentEvents.set(eventId, recent);
      // A failed read is not kept.
      recent.event.catch(() => this.recentEvents.delete(eventId));
    }
    return recent.event;
  }
}

const waitSeconds = (ahead: number, perMinute: number) => Math.ceil(((ahead + 1) * 60) / perMinute);

function openPlace(eventId: string): WaitingRoomPlace {
  return { eventId, phase: WaitingRoomPhase.OPEN, startsAt: null, place: null, ahead: null, estimatedWaitSeconds: null, passExpiresAt: null, stock: stockLevel('ok'), basis: null };
}

function placeFrom(onSale: OnSale, standing: FanStanding, now = Date.now()): WaitingRoomPlace {
  const place: WaitingRoomPlace = { ...openPlace(onSale.eventId), startsAt: onSale.startsAt, stock: stockLevel(standing.stock) };
  if (standing.stock === 'gone') return { ...place, phase: WaitingRoomPhase.SOLD_OUT };
  switch (standing.mark) {
    case null:
      return { ...place, phase: WaitingRoomPhase.NOT_JOINED };
    case 'q': {
      if (onSale.startsAt.getTime() > now || standing.rank === null) return { ...place, phase: WaitingRoomPhase.BEFORE_START };
      const { rank, admitted } = standing;
      return {
        ...place,
        phase: WaitingRoomPhase.QUEUED,
        place: admitted + rank + 1,
        ahead: rank,
        estimatedWaitSeconds: waitSeconds(rank, onSale.admissionsPerMinute),
        basis: { rank, admitted },
      };
    }
    case 'a':
      if (standing.passExpiresAt && standing.passExpiresAt > now) return { ...place, phase: WaitingRoomPhase.ADMITTED, passExpiresAt: new Date(standing.passExpiresAt) };
      return { ...place, phase: WaitingRoomPhase.PASS_EXPIRED };
    case 'x':
      return { ...place, phase: WaitingRoomPhase.PASS_EXPIRED };
  }
}
