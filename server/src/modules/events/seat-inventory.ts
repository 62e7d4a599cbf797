import type { EntityManager } from 'typeorm';

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

  private async move(manager: EntityManager, eventId: string, lines: SeatLine[], move: Move, enforce: boolean): Promise<Shortage | null> {
    const merged = mergeLines(lines);
    const total = merged.reduce((sum, line) => sum + line.quantity, 0);
    if (total === 0) return null;
    // One statement for both rows: the event row is locked first (the ticket types wait for its
    // result), and the lock is held for one round trip plus the commit, not two.
    const [result] = (await manager.query(
      `WITH event AS (
         UPDATE events SET seats_held = seats_held + $2::int * $4::int, seats_sold = seats_sold + $3::int * $4::int
         WHERE id = $1 ${enforce ? "AND status = 'PUBLISHED' AND seats_held + seats_sold + ($2::int + $3::int) * $4::int <= capacity" : ''}
         RETURNING id
       ), types AS (
         UPDATE ticket_types t SET held = t.held + w.quantity * $2::int, sold = t.sold + w.quantity * $3::int
         FROM unnest($5::uuid[], $6::int[]) AS w (id, quantity)
         WHERE t.id = w.id AND t.event_id = $1 AND EXISTS (SELECT 1 FROM event)
           ${enforce ? 'AND t.held + t.sold + w.quantity * ($2::int + $3::int) <= t.quantity' : ''}
         RETURNING t.id
       )
       SELECT (SELECT count(*) FROM event)::int AS events, coalesce((SELECT array_agg(id) FROM types), '{}') AS types`,
      [eventId, move.held, move.sold, total, merged.map((l) => l.ticketTypeId), merged.map((l) => l.quantity)],
    )) as { events: number; types: string[] }[];
    if (result.events === 0) {
      if (!enforce) throw new Error(`Seat counters of event ${eventId} are missing`);
      return { of: 'event' };
    }
    if (result.types.length < merged.length) {
      const moved = new Set(result.types);
      const short = merged.find((line) => !moved.has(line.ticketTypeId))!;
      // The caller rolls back, so the event's counters return to where they were too.
      if (!enforce) throw new Error(`Seat counters of ticket type ${short.ticketTypeId} are missing`);
      return { of: 'ticketType', ticketTypeId: short.ticketTypeId };
    }
    return null;
  }
}

function mergeLines(lines: SeatLine[]): SeatLine[] {
  const byType = new Map<string, number>();
  for (const line of lines) byType.set(line.ticketTypeId, (byType.get(line.ticketTypeId) ?? 0) + line.quantity);
  return [...byType.entries()].map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity })).filter((l) => l.quantity > 0);
}
