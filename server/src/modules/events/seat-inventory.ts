import type { EntityManager } from 'typeorm';
import type { CatalogueChanges } from './catalogue-changes';

/** Seats of one ticket type that an order holds or owns. */
export interface SeatLine {
  ticketTypeId: string;
  quantity: number;
}

/** What ran out when seats could not be taken ('event': its capacity, or it is no longer on sale). */
export type Shortage = { of: 'event' } | { of: 'ticketType'; ticketTypeId: string };

type Move = { held: -1 | 0 | 1; sold: -1 | 0 | 1 };

const HOLD: Move = { held: 1, sold: 0 };
const CONFIRM: Move = { held: -1, sold: 1 };
const RELEASE_HELD: Move = { held: -1, sold: 0 };
const RELEASE_SOLD: Move = { held: 0, sold: -1 };
const TAKE_SOLD: Move = { held: 0, sold: 1 };

/**
 * The seat counters of events and ticket types (held = unpaid checkouts, sold = paid). Every
 * change is a conditional UPDATE inside the caller's transaction that re-checks the limit on the
 * locked row, so two buyers can never take the last seat. The event row is always updated first:
 * it serialises every change for one event and so rules out deadlocks between ticket-type rows.
 * Lock order everywhere: order row, then event row, then ticket types, then a promo code row.
 */
export class SeatInventory {
  /** Every move changes what fans see (availability, sold out): cached public reads are told to go. */
  constructor(private readonly catalogue: CatalogueChanges) {}

  /** Holds seats for a new checkout; returns what ran out (the caller must then roll back). */
  hold(manager: EntityManager, eventId: string, lines: SeatLine[]): Promise<Shortage | null> {
    return this.move(manager, eventId, lines, HOLD, true);
  }

  /** A held checkout was paid. */
  async confirm(manager: EntityManager, eventId: string, lines: SeatLine[]): Promise<void> {
    await this.move(manager, eventId, lines, CONFIRM, false);
  }

  /** A payment arrived after its hold was released: sells the seats again if they are still free. */
  takeSold(manager: EntityManager, eventId: string, lines: SeatLine[]): Promise<Shortage | null> {
    return this.move(manager, eventId, lines, TAKE_SOLD, true);
  }

  async releaseHeld(manager: EntityManager, eventId: string, lines: SeatLine[]): Promise<void> {
    await this.move(manager, eventId, lines, RELEASE_HELD, false);
  }

  async releaseSold(manager: EntityManager, eventId: string, lines: SeatLine[]): Promise<void> {
    await this.move(manager, eventId, lines, RELEASE_SOLD, false);
  }

  /**
   * The statement fragment that holds seats for a new checkout inside a caller's own statement, so
   * startCheckout takes the seats and writes its order in one round trip. Two CTEs, `seat_event` (one
   * row when the event had room) and `seat_types` (a row per ticket type that had room), with
   * parameters from $`first` on; `taken` is true when every line got its seats. The caller must roll
   * back when it is not: the event's counters may have moved without a ticket type's.
   */
  holdFragment(eventId: string, lines: SeatLine[], first: number) {
    const merged = mergeLines(lines);
    this.catalogue.changing();
    return {
      ctes: seatMoveCtes(true, first),
      params: seatMoveParams(eventId, HOLD, merged),
      taken: `((SELECT count(*) FROM seat_event) = 1 AND (SELECT count(*) FROM seat_types) = ${merged.length})`,
      /** What ran out, from the `events` count and `types` ids the caller selected from the two CTEs. */
      shortage: (result: { events: number; types: string[] }) => shortageOf(merged, result),
    };
  }

  private async move(manager: EntityManager, eventId: string, lines: SeatLine[], move: Move, enforce: boolean): Promise<Shortage | null> {
    const merged = mergeLines(lines);
    if (merged.length === 0) return null;
    this.catalogue.changing();
    // One statement for both rows: the event row is locked first (the ticket types wait for its
    // result), and the lock is held for one round trip plus the commit, not two.
    const [result] = (await manager.query(
      `WITH ${seatMoveCtes(enforce, 1)}
       SELECT (SELECT count(*) FROM seat_event)::int AS events, coalesce((SELECT array_agg(id) FROM seat_types), '{}') AS types`,
      seatMoveParams(eventId, move, merged),
    )) as { events: number; types: string[] }[];
    const shortage = shortageOf(merged, result);
    // Releases and confirmations never lack room: a missing row is a bug, not a sell-out.
    if (shortage && !enforce) throw new Error(`Seat counters of ${shortage.of === 'event' ? `event ${eventId}` : `ticket type ${shortage.ticketTypeId}`} are missing`);
    return shortage;
  }
}

/** The event's and its ticket types' counter updates, parameters $first to $first+5 (see seatMoveParams). */
function seatMoveCtes(enforce: boolean, first: number): string {
  const [event, held, sold, total, ids, quantities] = [0, 1, 2, 3, 4, 5].map((i) => `$${first + i}`);
  return `seat_event AS (
         UPDATE events SET seats_held = seats_held + ${held}::int * ${total}::int, seats_sold = seats_sold + ${sold}::int * ${total}::int
         WHERE id = ${event} ${enforce ? `AND status = 'PUBLISHED' AND seats_held + seats_sold + (${held}::int + ${sold}::int) * ${total}::int <= capacity` : ''}
         RETURNING id
       ), seat_types AS (
         UPDATE ticket_types t SET held = t.held + w.quantity * ${held}::int, sold = t.sold + w.quantity * ${sold}::int
         FROM unnest(${ids}::uuid[], ${quantities}::int[]) AS w (id, quantity)
         WHERE t.id = w.id AND t.event_id = ${event} AND EXISTS (SELECT 1 FROM seat_event)
           ${enforce ? `AND t.held + t.sold + w.quantity * (${held}::int + ${sold}::int) <= t.quantity` : ''}
         RETURNING t.id
       )`;
}

function seatMoveParams(eventId: string, move: Move, merged: SeatLine[]): unknown[] {
  const total = merged.reduce((sum, line) => sum + line.quantity, 0);
  return [eventId, move.held, move.sold, total, merged.map((l) => l.ticketTypeId), merged.map((l) => l.quantity)];
}

function shortageOf(merged: SeatLine[], result: { events: number; types: string[] }): Shortage | null {
  if (result.events === 0) return { of: 'event' };
  if (result.types.length === merged.length) return null;
  const moved = new Set(result.types);
  return { of: 'ticketType', ticketTypeId: merged.find((line) => !moved.has(line.ticketTypeId))!.ticketTypeId };
}

function mergeLines(lines: SeatLine[]): SeatLine[] {
  const byType = new Map<string, number>();
  for (const line of lines) byType.set(line.ticketTypeId, (byType.get(line.ticketTypeId) ?? 0) + line.quantity);
  return [...byType.entries()].map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity })).filter((l) => l.quantity > 0);
}
