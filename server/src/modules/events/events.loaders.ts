import DataLoader from 'dataloader';
import type { Event } from './event.entity';
import type { EventsService } from './events.service';
import type { PromoCode } from './promo-code.entity';
import type { PromoCodesService } from './promo-codes.service';
import type { TicketType } from './ticket-type.entity';
import type { TicketTypesService } from './ticket-types.service';

/** Rows by their id, in the order asked (null for a missing one). */
export function byIdLoader<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Lists of rows grouped by a parent id, in the order asked (empty for none). */
export function groupLoader<T>(load: (ids: readonly string[]) => Promise<T[]>, parentId: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of await load(ids)) groups.get(parentId(row))?.push(row);
    return ids.map((id) => groups.get(id)!);
  });
}

export function createEventLoaders(events: EventsService, ticketTypes: TicketTypesService, promoCodes: PromoCodesService) {
  return {
    eventById: byIdLoader<Event>((ids) => events.findManyByIds(ids)),
    ticketTypeById: byIdLoader<TicketType>((ids) => ticketTypes.findManyByIds(ids)),
    ticketTypesByEventId: groupLoader<TicketType>((ids) => ticketTypes.findByEventIds(ids), (type) => type.eventId),
    promoCodeById: byIdLoader<PromoCode>((ids) => promoCodes.findManyByIds(ids)),
    promoCodesByEventId: groupLoader<PromoCode>((ids) => promoCodes.findByEventIds(ids), (promo) => promo.eventId),
  };
}
