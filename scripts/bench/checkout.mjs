// startCheckout on one hot event against the bare transaction, and past sold out (npm run bench:checkout; starts its own stack).
// The production build on its own Postgres and Redis, distinct signed-in fans, and the bare transaction
// (scripts/bench/checkout-reference.mjs) on the same database, in alternating rounds, each on its own
// event of the same shape: req/s, p50/p95/p99, CPU per checkout, the ratio, and an integrity line per event
// (seats held or sold = the orders holding them). Settings: BENCH_SECONDS (per case and target, 15),
// BENCH_CONNECTIONS (50).
import crypto from 'node:crypto';
import { createEvent, gql, machine, registerFans, signInAdmin, startStack } from './lib/tickets-stack.mjs';
import { alternate, printComparison } from './lib/rounds.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const CHECKOUT = `mutation($input: CheckoutInput!) { startCheckout(input: $input) { paymentUrl order { id status } } }`;
const SALES = `query($eventId: ID!) { eventSales(eventId: $eventId) { capacity sold held available } }`;
const ORDERS = `query($eventId: ID!) { pending: orders(eventId: $eventId, status: PENDING) { totalCount } paid: orders(eventId: $eventId, status: PAID) { totalCount } }`;

/**
 * The event's seat counters and its orders once the requests still in flight when the load
 * stopped have been answered (the counters stop moving).
 */
async function settled(url, admin, eventId) {
  let before = null;
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const sales = (await gql(url, SALES, { eventId }, admin)).eventSales;
    if (before && before.held === sales.held && before.sold === sales.sold) {
      const orders = await gql(url, ORDERS, { eventId }, admin);
      return { ...sales, orders: orders.pending.totalCount + orders.paid.totalCount };
    }
    before = sales;
  }
}

/** Each request a new checkout of one seat by the next fan, with a fresh idempotencyKey. */
function checkoutRequests(event, tokens) {
  let next = 0;
  return (request) => {
    const token = tokens[next++ % tokens.length];
    const input = { eventId: event.id, items: [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }], idempotencyKey: crypto.randomUUID() };
    return { ...request, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: CHECKOUT, variables: { input } }) };
  };
}

const stack = await startStack();
let broken = false;
try {
  const admin = await signInAdmin(stack.url);
  const fans = await registerFans(stack.url, CONNECTIONS);
  const reference = await stack.startReference('checkout-reference.mjs');
  process.stdout.write(`Matchday (production build) at ${stack.url}; ${fans.length} fans; TEST MODE payments; ${CONNECTIONS} connections, ${SECONDS} s per case and target; ${machine()}\n`);

  const integrity = async (label, event, limit) => {
    const sales = await settled(stack.url, admin, event.id);
    const ok = sales.held + sales.sold === sales.orders && (limit === undefined || sales.held + sales.sold <= limit);
    broken ||= !ok;
    process.stdout.write(`  integrity, ${label}: ${sales.held + sales.sold}${limit === undefined ? '' : ` of ${limit}`} seats held or sold = ${sales.orders} orders holding them${ok ? '' : '  <- MISMATCH'}\n`);
  };
  const race = async (title, shape) => {
    const ours = await createEvent(stack.url, admin, { title: `Bench: ${title} (Matchday)`, ...shape });
    const bare = await createEvent(stack.url, admin, { title: `Bench: ${title} (bare transaction)`, ...shape });
    const results = await alternate(
      {
        Matchday: { url: `${stack.url}/graphql`, pid: stack.apiPid, setupRequest: checkoutRequests(ours, fans) },
        'bare transaction': { url: reference.url, pid: reference.pid, setupRequest: checkoutRequests(bare, fans) },
      },
      { seconds: SECONDS, connections: CONNECTIONS, postgresPid: stack.postgresPid },
    );
    printComparison(title, results, 'checkout');
    return { ours, bare, results };
  };

  // 1. Every request takes a seat of the same event and ticket type: all contend for two rows.
  const open = { capacity: 1_000_000, ticketTypes: [{ name: 'General', priceCents: 2500, currency: 'EUR', quantity: 1_000_000, maxPerOrder: 10 }] };
  const selling = await race('startCheckout, one hot event with seats left (every request holds a seat)', open);
  await integrity('Matchday', selling.ours);
  await integrity('bare transaction', selling.bare);

  // 2. A 100-seat event hammered until long after it sold out: everyone else must hear "sold out".
  const small = { capacity: 100, ticketTypes: [{ name: 'General', priceCents: 2500, currency: 'EUR', quantity: 100, maxPerOrder: 10 }] };
  const soldOut = await race('startCheckout, a 100-seat event until long after it sold out (CONFLICT "Sold out" is the expected answer)', small);
  const { CONFLICT: toldSoldOut = 0, ...otherErrors } = soldOut.results.Matchday.graphErrors;
  process.stdout.write(`  Matchday: ${toldSoldOut} callers told "sold out"; other errors: ${JSON.stringify(otherErrors)}\n`);
  await integrity('Matchday', soldOut.ours, 100);
  await integrity('bare transaction', soldOut.bare, 100);
  if (Object.keys(otherErrors).length || soldOut.results.Matchday.failed || selling.results.Matchday.failed) broken = true;
} finally {
  await stack.stop();
}
if (broken) {
  process.stdout.write('\nFAILURE: errors other than "sold out", or seat counters that do not match the orders.\n');
  process.exitCode = 1;
}
