import { isUUID } from 'class-validator';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { EntityReader } from '../../db/entity-row';
import { paginate } from '../../graphql/connection';
import { badInput, conflict, notFound } from '../../graphql/errors';
import { containsPattern } from '../../db/like-pattern';
import type { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer.service';
import { Role } from '../users/user.entity';
import type { Actor } from '../users/users.service';
import { accessKeyMatches, newAccessKey } from './access-key';
import type { CatalogueChanges } from './catalogue-changes';
import { Event, EventStatus, EventVisibility } from './event.entity';
import type { AdminEventsArgs, EventInput, EventsArgs } from './events.types';
import { TicketType } from './ticket-type.entity';

/** Events: what admins create and publish, and what fans may see. */
export class EventsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly catalogue: CatalogueChanges,
  ) {}

  private get repo() {
    return this.db.getRepository(Event);
  }

  private readonly reader = new EntityReader(this.db, Event);

  /** The event; inside a transaction with `manager`, else through the hot-path reader (every checkout and event page asks). */
  async findById(id: string, manager?: EntityManager): Promise<Event | null> {
    if (!isUUID(id)) return null;
    if (manager) return manager.findOneBy(Event, { id });
    return (await this.findManyByIds([id]))[0] ?? null;
  }

  async findManyByIds(ids: readonly string[]): Promise<Event[]> {
    return ids.length ? this.reader.many('events_by_ids', `${this.reader.selectAll} WHERE id = ANY($1::uuid[])`, [ids]) : [];
  }

  /**
   * The event if this viewer may open it: admins see everything; others see published or
   * cancelled PUBLIC events, and PRIVATE ones only with the right accessKey. Null otherwise, so a
   * private event's existence is never confirmed.
   */
  async findVisible(viewer: Viewer | null, id: string | null | undefined, accessKey: string | null | undefined): Promise<Event | null> {
    let event: Event | null = null;
    if (id) event = await this.findById(id);
    else if (accessKey) event = await this.repo.findOneBy({ accessKey });
    if (!event) return null;
    return this.canView(viewer, event, accessKey) ? event : null;
  }

  canView(viewer: Viewer | null, event: Event, accessKey: string | null | undefined): boolean {
    if (viewer?.user.role === Role.ADMIN) return true;
    if (event.status === EventStatus.DRAFT) return false;
    return event.visibility === EventVisibility.PUBLIC || accessKeyMatches(event.accessKey, accessKey);
  }

  /** Published PUBLIC events still running at `from` (default now), soonest first. Never a private one. */
  listPublic(args: EventsArgs) {
    const query = this.repo
      .createQueryBuilder('event')
      .where('event.status = :status', { status: EventStatus.PUBLISHED })
      .andWhere('event.visibility = :visibility', { visibility: EventVisibility.PUBLIC })
      .andWhere('event.endsAt >= :from', { from: args.from ?? new Date() });
    if (args.to) query.andWhere('event.startsAt < :to', { to: args.to });
    this.search(query, args.search);
    return paginate(query, args, { column: 'startsAt', direction: 'ASC' });
  }

  /** Every event, drafts and private ones included, newest first (admin). */
  listAll(args: AdminEventsArgs) {
    const query = this.repo.createQueryBuilder('event');
    if (args.status) query.andWhere('event.status = :status', { status: args.status });
    if (args.visibility) query.andWhere('event.visibility = :visibility', { visibility: args.visibility });
    this.search(query, args.search);
    return paginate(query, args);
  }

  private search(query: SelectQueryBuilder<Event>, search: string | undefined) {
    if (!search?.trim()) return;
    // The same expression as the events_search trigram index.
    query.andWhere(`(event.title || ' ' || event.venue || ' ' || coalesce(event.address, '')) ILIKE :pattern`, {
      pattern: containsPattern(search),
    });
  }

  async create(actor: Actor, input: EventInput): Promise<Event> {
    checkTimes(input);
    const created = await this.db.transaction(async (manager) => {
      const event = manager.create(Event, { ...fields(input), accessKey: newAccessKey(), createdById: actor.id });
      await manager.save(event);
      await this.audit.record({ action: 'event.created', actorId: actor.id, ip: actor.ip, target: { type: 'Event', id: event.id }, details: { title: event.title } }, manager);
      return event;
    });
    this.catalogue.changed();
    return created;
  }

  async update(actor: Actor, id: string, input: EventInput): Promise<Event> {
    checkTimes(input);
    return this.change(actor, id, 'event.updated', (event) => {
      if (event.status === EventStatus.CANCELLED) throw conflict('A cancelled event cannot be changed.');
      const taken = event.seatsHeld + event.seatsSold;
      if (input.capacity < taken) {
        throw conflict(`capacity cannot go below the ${taken} seats already sold or held.`, 'capacity');
      }
      const next = fields(input);
      const changed = Object.keys(next).filter((key) => String(next[key as keyof typeof next]) !== String(event[key as keyof Event]));
      Object.assign(event, next);
      return { changed };
    });
  }

  async publish(actor: Actor, id: string): Promise<Event> {
    return this.change(actor, id, 'event.published', async (event, manager) => {
      if (event.status === EventStatus.CANCELLED) throw conflict('A cancelled event cannot be published again.');
      if (event.status === EventStatus.PUBLISHED) return null;
      if ((await manager.countBy(TicketType, { eventId: event.id })) === 0) {
        throw conflict('Add at least one ticket type before publishing the event.');
      }
      event.status = EventStatus.PUBLISHED;
      event.publishedAt = new Date();
      return {};
    });
  }

  /** A new accessKey for a private event whose link leaked; the old link stops working. */
  async regenerateAccessKey(actor: Actor, id: string): Promise<Event> {
    return this.change(actor, id, 'event.access_key_regenerated', (event) => {
      event.accessKey = newAccessKey();
      return {};
    });
  }

  /**
   * Marks the event cancelled: from its commit on, no seat can be held or sold (SeatInventory
   * only moves seats of a PUBLISHED event). Null when it was already cancelled.
   */
  async markCancelled(manager: EntityManager, id: string): Promise<Event | null> {
    const event = await this.lock(manager, id);
    if (event.status === EventStatus.CANCELLED) return null;
    event.status = EventStatus.CANCELLED;
    event.cancelledAt = new Date();
    await manager.save(event);
    return event;
  }

  /** Sets every seat counter of a cancelled event back to zero, once its orders are all settled. */
  async clearSeats(manager: EntityManager, id: string): Promise<void> {
    await manager.update(Event, { id }, { seatsHeld: 0, seatsSold: 0 });
    await manager.update(TicketType, { eventId: id }, { held: 0, sold: 0 });
  }

  /**
   * The event row, locked for the rest of the caller's transaction. Locking is for changing it or its
   * ticket types, so cached public reads are told to go once it commits, at the latest with the next
   * seat notice (a rolled-back change only costs a refill); edits also tell at once after their commit.
   */
  async lock(manager: EntityManager, id: string): Promise<Event> {
    if (!isUUID(id)) throw badInput('id', 'id must be an event id.');
    this.catalogue.changing();
    const event = await manager.findOne(Event, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!event) throw notFound('Event');
    return event;
  }

  /** Changes one event under a row lock and audits it; a change returning null did nothing (no audit). */
  private async change(
    actor: Actor,
    id: string,
    action: string,
    apply: (event: Event, manager: EntityManager) => Record<string, unknown> | null | Promise<Record<string, unknown> | null>,
  ): Promise<Event> {
    const saved = await this.db.transaction(async (manager) => {
      const event = await this.lock(manager, id);
      const details = await apply(event, manager);
      if (details === null) return event;
      await manager.save(event);
      await this.audit.record({ action, actorId: actor.id, ip: actor.ip, target: { type: 'Event', id: event.id }, details }, manager);
      return event;
    });
    this.catalogue.changed();
    return saved;
  }
}

function checkTimes(input: EventInput): void {
  if (input.endsAt.getTime() <= input.startsAt.getTime()) throw badInput('endsAt', 'endsAt must be after startsAt.');
  if (input.memberPresaleStartsAt && input.memberPresaleStartsAt.getTime() >= input.endsAt.getTime()) {
    throw badInput('memberPresaleStartsAt', 'memberPresaleStartsAt must be before the event ends.');
  }
}

function fields(input: EventInput) {
  return {
    title: input.title.trim(),
    description: input.description ?? '',
    venue: input.venue.trim(),
    address: input.address?.trim() || null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    capacity: input.capacity,
    visibility: input.visibility,
    coverImageUrl: input.coverImageUrl || null,
    memberPresaleStartsAt: input.memberPresaleStartsAt ?? null,
  };
}
