import { isUUID } from 'class-validator';
import { EntityReader } from '../../db/entity-row';
import type { CatalogueChanges } from './catalogue-changes';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { Actor } from '../users/users.service';
import { EventStatus } from './event.entity';
import type { EventsService } from './events.service';
import type { TicketTypeInput } from './events.types';
import { TicketType } from './ticket-type.entity';

/** Ticket types of an event: price, quantity, per-order limit and sales window. */
export class TicketTypesService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly catalogue: CatalogueChanges,
  ) {}

  private readonly reader = new EntityReader(this.db, TicketType);

  /** Every ticket type of these events, in the order they were added (every page of events and every checkout asks). */
  async findByEventIds(eventIds: readonly string[]): Promise<TicketType[]> {
    if (!eventIds.length) return [];
    return this.reader.many('ticket_types_by_event_ids', `${this.reader.selectAll} WHERE event_id = ANY($1::uuid[]) ORDER BY created_at ASC, id ASC`, [eventIds]);
  }

  async findManyByIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<TicketType[]> {
    return ids.length ? manager.createQueryBuilder(TicketType, 'type').where('type.id = ANY(:ids)', { ids: [...ids] }).getMany() : [];
  }

  async add(actor: Actor, eventId: string, input: TicketTypeInput): Promise<TicketType> {
    checkWindow(input);
    const added = await this.db.transaction(async (manager) => {
      const event = await this.events.lock(manager, eventId);
      if (event.status === EventStatus.CANCELLED) throw conflict('A cancelled event cannot get new ticket types.');
      const other = await manager.findOneBy(TicketType, { eventId });
      if (other && other.currency !== input.currency) {
        throw badInput('currency', `currency must be ${other.currency}, like the event's other ticket types.`);
      }
      const type = manager.create(TicketType, { ...fields(input), eventId });
      await manager.save(type);
      await this.audit.record(
        { action: 'ticket_type.created', actorId: actor.id, ip: actor.ip, target: { type: 'TicketType', id: type.id }, details: { eventId, name: type.name } },
        manager,
      );
      return type;
    });
    this.catalogue.changed();
    return added;
  }

  async update(actor: Actor, id: string, input: TicketTypeInput): Promise<TicketType> {
    checkWindow(input);
    if (!isUUID(id)) throw badInput('id', 'id must be a ticket type id.');
    const updated = await this.db.transaction(async (manager) => {
      const type = await manager.findOne(TicketType, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!type) throw notFound('Ticket type');
      const taken = type.held + type.sold;
      if (input.quantity < taken) throw conflict(`quantity cannot go below the ${taken} tickets already sold or held.`, 'quantity');
      if (input.currency !== type.currency && taken > 0) {
        throw badInput('currency', 'currency cannot change once tickets of this type are sold or held.');
      }
      const others = await manager.createQueryBuilder(TicketType, 'type').where('type.eventId = :eventId AND type.id <> :id', { eventId: type.eventId, id }).getOne();
      if (others && others.currency !== input.currency) {
        throw badInput('currency', `currency must be ${others.currency}, like the event's other ticket types.`);
      }
      Object.assign(type, fields(input));
      await manager.save(type);
      await this.audit.record(
        { action: 'ticket_type.updated', actorId: actor.id, ip: actor.ip, target: { type: 'TicketType', id: type.id }, details: { eventId: type.eventId } },
        manager,
      );
      return type;
    });
    this.catalogue.changed();
    return updated;
  }
}

function checkWindow(input: TicketTypeInput): void {
  if (input.salesStartAt && input.salesEndAt && input.salesEndAt.getTime() <= input.salesStartAt.getTime()) {
    throw badInput('salesEndAt', 'salesEndAt must be after salesStartAt.');
  }
}

function fields(input: TicketTypeInput) {
  return {
    name: input.name.trim(),
    description: input.description?.trim() || null,
    priceCents: input.priceCents,
    currency: input.currency,
    quantity: input.quantity,
    maxPerOrder: input.maxPerOrder,
    salesStartAt: input.salesStartAt ?? null,
    salesEndAt: input.salesEndAt ?? null,
    memberDiscountPercent: input.memberDiscountPercent ?? 0,
  };
}
