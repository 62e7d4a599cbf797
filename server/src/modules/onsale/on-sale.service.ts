import type { DataSource } from 'typeorm';
import { conflict, forbidden, notFound } from '../../graphql/errors';
import { Topic, type PubSub } from '../../graphql/pubsub';
import type { AuditService } from '../audit/audit.service';
import { EventStatus, type Event } from '../events/event.entity';
import type { EventsService } from '../events/events.service';
import type { TicketTypesService } from '../events/ticket-types.service';
import type { Actor } from '../users/users.service';
import { OnSale } from './on-sale.entity';
import type { OnSaleSettings } from './on-sale-settings';
import { OnSaleStats, type OnSaleInput } from './on-sale.types';
import { stockLevel } from './stock-level';
import type { RoomBroadcast, Stock, WaitingRoomStore } from './waiting-room-store';

/** Setting up an event's queued on-sale (admin), what checkout asks of it, and its figures. */
export class OnSaleService {
  constructor(
    private readonly db: DataSource,
    readonly settings: OnSaleSettings,
    private readonly store: WaitingRoomStore,
    private readonly events: EventsService,
    private readonly ticketTypes: TicketTypesService,
    private readonly audit: AuditService,
    private readonly pubSub: PubSub,
  ) {}

  /**
   * startCheckout's one question: while the event's on-sale is queued, only a fan holding a live
   * pass may start a checkout. An event without one costs a lookup in memory, nothing more.
   */
  async assertMayCheckout(eventId: string, userId: string): Promise<void> {
    const onSale = await this.settings.find(eventId);
    if (!onSale) return;
    if (onSale.startsAt.getTime() > Date.now()) {
      throw forbidden(`Tickets go on sale at ${onSale.startsAt.toISOString()}: wait in the waiting room.`, { reason: 'WAITING_ROOM' });
    }
    if (!(await this.store.usePass(eventId, userId))) {
      throw forbidden('Tickets for this event are sold through the waiting room: join it, and check out once you are admitted.', { reason: 'WAITING_ROOM' });
    }
  }

  async set(actor: Actor, eventId: string, input: OnSaleInput): Promise<OnSale> {
    const event = await this.events.findById(eventId);
    if (!event) throw notFound('Event');
    if (event.status === EventStatus.CANCELLED) throw conflict('A cancelled event has no on-sale.');
    const repo = this.db.getRepository(OnSale);
    const existing = await repo.findOneBy({ eventId });
    if (existing && existing.startsAt.getTime() <= Date.now() && existing.startsAt.getTime() !== input.startsAt.getTime()) {
      throw conflict('The on-sale has started: its start can no longer move (the rate and pass length can).', 'startsAt');
    }
    const saved = await this.db.transaction(async (manager) => {
      const row = await manager.save(manager.create(OnSale, { ...existing, eventId, startsAt: input.startsAt, admissionsPerMinute: input.admissionsPerMinute, passSeconds: input.passSeconds }));
      await this.audit.record(
        {
          action: existing ? 'event.on_sale_changed' : 'event.on_sale_set',
          actorId: actor.id,
          ip: actor.ip,
          target: { type: 'Event', id: eventId },
          details: { startsAt: input.startsAt.toISOString(), admissionsPerMinute: input.admissionsPerMinute, passSeconds: input.passSeconds },
        },
        manager,
      );
      return row;
    });
    await this.settings.changed(eventId);
    return saved;
  }

  /** Ends the queue: from now on anyone may buy the event's tickets. False when it had none. */
  async remove(actor: Actor, eventId: string): Promise<boolean> {
    const deleted = await this.db.transaction(async (manager) => {
      const result = await manager.delete(OnSale, { eventId });
      if (!result.affected) return false;
      await this.audit.record({ action: 'event.on_sale_removed', actorId: actor.id, ip: actor.ip, target: { type: 'Event', id: eventId }, details: {} }, manager);
      return true;
    });
    if (!deleted) return false;
    await this.settings.changed(eventId);
    await this.store.clear(eventId);
    this.broadcast(eventId, { admitted: 0, queued: 0, stock: 'ok', started: true, removed: true });
    return true;
  }

  async stats(eventId: string): Promise<OnSaleStats | null> {
    const onSale = await this.settings.find(eventId);
    if (!onSale) return null;
    const [{ event, stock }, counts] = await Promise.all([this.stockOf(eventId), this.store.counts(eventId)]);
    return Object.assign(new OnSaleStats(), { eventId, onSale, ...counts, inCheckout: event?.seatsHeld ?? 0, sold: event?.seatsSold ?? 0, stock: stockLevel(stock) });
  }

  /** Tells every fan following the event's waiting room what changed. */
  broadcast(eventId: string, update: RoomBroadcast): void {
    this.pubSub.publish(Topic.WaitingRoomUpdated, eventId, update);
  }

  /** Whether the event's tickets are gone, from the events service's counters; `live`: it is on sale and not over. */
  async stockOf(eventId: string): Promise<{ event: Event | null; stock: Stock; live: boolean }> {
    const [event, types] = await Promise.all([this.events.findById(eventId), this.ticketTypes.findByEventIds([eventId])]);
    if (!event) return { event, stock: 'gone', live: false };
    const now = Date.now();
    const open = types.filter((type) => (type.salesEndAt ?? event.endsAt).getTime() > now);
    const free = Math.min(event.seatsAvailable, open.reduce((sum, type) => sum + type.remaining, 0));
    const held = Math.min(event.seatsHeld, open.reduce((sum, type) => sum + type.held, 0));
    const stock: Stock = free > 0 ? 'ok' : held > 0 ? 'held' : 'gone';
    return { event, stock, live: event.status === EventStatus.PUBLISHED && event.endsAt.getTime() > now };
  }
}
