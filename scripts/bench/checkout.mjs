// startCheckout throughput and latency under contention (npm run bench:checkout; starts its own stack).
// The production build on its own Postgres and Redis. Settings: BENCH_SECONDS, BENCH_CONNECTIONS.
import crypto from 'node:crypto';
import { createEvent, gql, load, registerFans, settings, signInAdmin, startStack } from './lib/tickets-stack.mjs';

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

function checkoutRequests(event, tokens) {
  let next = 0;
  return (request) => {
    const token = tokens[next++ % tokens.length];
    const input = { eventId: event.id, items: [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }], idempotencyKey: crypto.randomUUID() };
    return { ...request, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: CHECKOUT, variables: { input } }) };
  };
}

const stack = await startStack();
try {
  const admin = await signInAdmin(stack.url);
  const fans = await registerFans(stack.url, 50);
  process.stdout.write(`Matchday (production build) at ${stack.url}; ${fans.length} fans; TEST MODE payments.\n`);

  // 1. Every request takes a seat of the same event and ticket type: all contend for two rows.
  const open = await createEvent(stack.url, admin, {
    title: 'Bench: open sale',
    capacity: 1_000_000,
    ticketTypes: [{ name: 'General', priceCents: 2500, currency: 'EUR', quantity: 1_000_000, maxPerOrder: 10 }],
  });
  const selling = await load({ title: 'startCheckout, one hot event with seats left (every request holds a seat)', url: stack.url, ...settings, setupRequest: checkoutRequests(open, fans) });
  const openSales = await settled(stack.url, admin, open.id);
  process.stdout.write(`  integrity: ${openSales.held + openSales.sold} seats held or sold = ${openSales.orders} orders holding them\n`);

  // 2. A 100-seat event hammered until long after it sold out: everyone else must hear "sold out".
  const small = await createEvent(stack.url, admin, {
    title: 'Bench: 100 seats',
    capacity: 100,
    ticketTypes: [{ name: 'General', priceCents: 2500, currency: 'EUR', quantity: 100, maxPerOrder: 10 }],
  });
  const soldOut = await load({ title: 'startCheckout, a 100-seat event until long after it sold out (CONFLICT "Sold out" is the expected answer)', url: stack.url, ...settings, setupRequest: checkoutRequests(small, fans) });
  const smallSales = await settled(stack.url, admin, small.id);
  const { CONFLICT: toldSoldOut = 0, ...otherErrors } = soldOut.graphErrors;
  process.stdout.write(
    `  integrity: ${smallSales.held + smallSales.sold} of ${smallSales.capacity} seats held or sold = ${smallSales.orders} orders; ` +
      `${toldSoldOut} callers told "sold out"; other errors: ${JSON.stringify(otherErrors)}\n`,
  );
  const broken = [openSales, smallSales].some((sales) => sales.held + sales.sold !== sales.orders) || smallSales.held + smallSales.sold > 100;
  if (broken) {
    process.stdout.write('\nINTEGRITY FAILURE: the seat counters do not match the orders.\n');
    process.exitCode = 1;
  }
} finally {
  await stack.stop();
}
