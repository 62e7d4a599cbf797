// The bare reference for bench:events: node:http + pg running the SQL Matchday runs for the public event
// list (page, count, ticket types of the page) and the event page (event, its ticket types), and the same
// JSON out. No GraphQL, no auth, no validation, no logging: the floor for these answers on this machine.
import pg from 'pg';
import { serveReference } from './lib/reference-server.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const PUBLIC = `status = 'PUBLISHED' AND visibility = 'PUBLIC' AND ends_at >= $1`;

const seatsAvailable = (e) => Math.max(0, e.capacity - e.seats_held - e.seats_sold);
const available = (t, e) => Math.min(Math.max(0, t.quantity - t.held - t.sold), seatsAvailable(e));
function saleStatus(t, e, now) {
  if (e.status !== 'PUBLISHED') return 'UNAVAILABLE';
  if (t.sales_start_at && t.sales_start_at > now) return e.member_presale_starts_at && e.member_presale_starts_at <= now ? 'MEMBER_PRESALE' : 'NOT_STARTED';
  if ((t.sales_end_at ?? e.ends_at) <= now || e.ends_at <= now) return 'ENDED';
  return available(t, e) === 0 ? 'SOLD_OUT' : 'ON_SALE';
}

async function typesOf(eventIds) {
  const { rows } = await pool.query(`SELECT * FROM ticket_types WHERE event_id = ANY($1) ORDER BY created_at ASC, id ASC`, [eventIds]);
  const byEvent = new Map(eventIds.map((id) => [id, []]));
  for (const row of rows) byEvent.get(row.event_id).push(row);
  return byEvent;
}

async function list({ first = 20 }) {
  const now = new Date();
  const [page, count] = await Promise.all([
    pool.query(`SELECT * FROM events WHERE ${PUBLIC} ORDER BY starts_at ASC, id ASC LIMIT $2`, [now, first + 1]),
    pool.query(`SELECT count(*)::int AS count FROM events WHERE ${PUBLIC}`, [now]),
  ]);
  const events = page.rows.slice(0, first);
  const types = await typesOf(events.map((e) => e.id));
  const edges = events.map((e) => ({
    node: {
      id: e.id,
      title: e.title,
      venue: e.venue,
      startsAt: e.starts_at.toISOString(),
      timeZone: e.time_zone,
      seatsAvailable: seatsAvailable(e),
      ticketTypes: types.get(e.id).map((t) => ({ id: t.id, name: t.name, priceCents: t.price_cents, currency: t.currency, available: available(t, e), saleStatus: saleStatus(t, e, now) })),
    },
  }));
  const last = events.at(-1);
  const endCursor = last ? Buffer.from(JSON.stringify([last.starts_at.toISOString(), last.id])).toString('base64url') : null;
  return { events: { totalCount: count.rows[0].count, pageInfo: { hasNextPage: page.rows.length > first, endCursor }, edges } };
}

const iso = (d) => d?.toISOString() ?? null;

async function eventPage({ id }) {
  const now = new Date();
  const { rows } = await pool.query(`SELECT * FROM events WHERE id = $1 LIMIT 1`, [id]);
  const e = rows[0];
  if (!e || e.status === 'DRAFT') return { event: null };
  const types = (await typesOf([e.id])).get(e.id);
  return {
    event: {
      id: e.id,
      title: e.title,
      description: e.description,
      venue: e.venue,
      address: e.address,
      startsAt: iso(e.starts_at),
      endsAt: iso(e.ends_at),
      timeZone: e.time_zone,
      coverImageUrl: e.cover_image_url,
      status: e.status,
      visibility: e.visibility,
      seatsAvailable: seatsAvailable(e),
      memberPresaleStartsAt: iso(e.member_presale_starts_at),
      ticketTypes: types.map((t) => {
        const memberPrice = t.price_cents - Math.round((t.price_cents * t.member_discount_percent) / 100);
        const presale = e.member_presale_starts_at && t.sales_start_at && e.member_presale_starts_at < t.sales_start_at ? e.member_presale_starts_at : t.sales_start_at;
        return {
          id: t.id,
          name: t.name,
          description: t.description,
          priceCents: t.price_cents,
          currency: t.currency,
          quantity: t.quantity,
          available: available(t, e),
          maxPerOrder: t.max_per_order,
          saleStatus: saleStatus(t, e, now),
          salesStartAt: iso(t.sales_start_at),
          salesEndAt: iso(t.sales_end_at),
          memberDiscountPercent: t.member_discount_percent,
          memberPriceCents: memberPrice,
          memberSalesStartAt: iso(presale),
          viewerPriceCents: t.price_cents,
        };
      }),
    },
  };
}

serveReference(async ({ variables }) => JSON.stringify({ data: variables.id ? await eventPage(variables) : await list(variables) }));
