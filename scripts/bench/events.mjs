// The events listing with ticket types and availability, and its SQL statements per page (npm run bench:events).
// The production build on its own Postgres and Redis; the statements one page costs must not grow
// with the page size (DataLoaders). Settings: BENCH_SECONDS, BENCH_CONNECTIONS.
import { createEvent, gql, load, settings, signInAdmin, startStack } from './lib/tickets-stack.mjs';

const EVENTS = 200;
const LIST = `query($first: Int) { events(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id title venue startsAt timeZone seatsAvailable ticketTypes { id name priceCents currency available saleStatus } } } } }`;

// The statement counts are read off the request log, which counts only with LOG_SQL_COUNTS (off in production).
const stack = await startStack({ LOG_SQL_COUNTS: 'true' });
try {
  const admin = await signInAdmin(stack.url);
  process.stdout.write(`Matchday (production build) at ${stack.url}; creating ${EVENTS} public events with 3 ticket types each…\n`);
  const types = [
    { name: 'General', priceCents: 2500, currency: 'EUR', quantity: 500, maxPerOrder: 10 },
    { name: 'Family', priceCents: 6000, currency: 'EUR', quantity: 200, maxPerOrder: 4 },
    { name: 'VIP', priceCents: 12000, currency: 'EUR', quantity: 50, maxPerOrder: 2 },
  ];
  for (let i = 0; i < EVENTS; i++) {
    await createEvent(stack.url, admin, { title: `Bench match ${i + 1}`, capacity: 700, ticketTypes: types, startsInHours: 24 + i });
  }

  process.stdout.write('\nSQL statements for one page of events with their ticket types and availability:\n');
  const counts = [];
  for (const first of [1, 10, 25, 50, 100]) {
    const requestId = `bench-sql-${first}-${Date.now()}`;
    const data = await gql(stack.url, LIST, { first }, undefined, requestId);
    const line = await stack.logLine(requestId);
    const typesShown = data.events.edges.reduce((sum, edge) => sum + edge.node.ticketTypes.length, 0);
    counts.push(line?.sql);
    process.stdout.write(`  first: ${String(first).padStart(3)}  events: ${String(data.events.edges.length).padStart(3)}  ticket types: ${String(typesShown).padStart(3)}  SQL statements: ${line?.sql ?? '?'}\n`);
  }
  const constant = counts.every((count) => count === counts[0]);
  process.stdout.write(constant ? `  constant: ${counts[0]} statements whatever the page size\n` : '  NOT CONSTANT: a list relation is missing its DataLoader\n');
  if (!constant) process.exitCode = 1;

  const body = JSON.stringify({ query: LIST, variables: { first: 50 } });
  await load({
    title: 'events(first: 50) with ticket types and availability, anonymous (LOG_SQL_COUNTS on)',
    url: stack.url,
    ...settings,
    setupRequest: (request) => ({ ...request, headers: { 'content-type': 'application/json' }, body }),
  });
} finally {
  await stack.stop();
}
