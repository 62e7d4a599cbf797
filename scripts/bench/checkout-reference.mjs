// The bare transaction for bench:checkout: node:http + pg doing only the essential work of a checkout
// (BEGIN; the conditional UPDATE of the event's and the ticket type's seat counters; INSERT of the order
// and its line; COMMIT), and ROLLBACK with a "sold out" answer when no seat is left. No GraphQL, no token
// check (the buyer is the JWT's subject, read without verifying it), no rules, no payment page.
import pg from 'pg';
import { serveReference } from './lib/reference-server.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const prices = new Map();
const SOLD_OUT = JSON.stringify({ errors: [{ message: 'Sold out', extensions: { code: 'CONFLICT' } }] });

async function priceOf(ticketTypeId) {
  if (!prices.has(ticketTypeId)) prices.set(ticketTypeId, (await pool.query(`SELECT price_cents, currency FROM ticket_types WHERE id = $1`, [ticketTypeId])).rows[0]);
  return prices.get(ticketTypeId);
}

async function checkout(buyerId, { eventId, items: [item], idempotencyKey }) {
  const price = await priceOf(item.ticketTypeId);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(
      `WITH event AS (
         UPDATE events SET seats_held = seats_held + $2 WHERE id = $1 AND status = 'PUBLISHED' AND seats_held + seats_sold + $2 <= capacity RETURNING id
       ), types AS (
         UPDATE ticket_types SET held = held + $2 WHERE id = $3 AND event_id = $1 AND EXISTS (SELECT 1 FROM event) AND held + sold + $2 <= quantity RETURNING id
       )
       SELECT count(*)::int AS moved FROM types`,
      [eventId, item.quantity, item.ticketTypeId],
    );
    if (rows[0].moved === 0) {
      await client.query('ROLLBACK');
      return null;
    }
    const total = price.price_cents * item.quantity;
    const order = await client.query(
      `WITH o AS (
         INSERT INTO orders (event_id, buyer_id, payment_provider, currency, subtotal_cents, total_cents, idempotency_key, hold_expires_at)
         VALUES ($1, $2, 'TEST', $3, $4, $4, $5, now() + interval '15 minutes') RETURNING id
       )
       INSERT INTO order_items (order_id, ticket_type_id, quantity, unit_price_cents) SELECT id, $6, $7, $8 FROM o RETURNING order_id`,
      [eventId, buyerId, price.currency, total, idempotencyKey, item.ticketTypeId, item.quantity, price.price_cents],
    );
    await client.query('COMMIT');
    return order.rows[0].order_id;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

serveReference(async ({ variables }, req) => {
  const buyerId = JSON.parse(Buffer.from(req.headers.authorization.split('.')[1], 'base64url').toString()).sub;
  const orderId = await checkout(buyerId, variables.input);
  return orderId ? JSON.stringify({ data: { startCheckout: { paymentUrl: `/test-checkout/${orderId}`, order: { id: orderId, status: 'PENDING' } } } }) : SOLD_OUT;
});
