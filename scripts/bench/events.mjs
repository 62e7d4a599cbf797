// The public event list and event page, anonymous and signed in, against a bare node:http + pg reference (npm run bench:events).
// The production build on its own Postgres and Redis. First the SQL statements one page costs for page
// sizes 1 to 100 (must be constant: DataLoaders); then, for events(first: 10/50/100) and one event by id,
// Matchday and the reference in alternating rounds: req/s, p50/p95/p99, CPU ms per answer, the ratio.
// Then the signed-in cases again with the public read cache off. Settings: BENCH_SECONDS (per case and target, 10), BENCH_CONNECTIONS (50).
import { createEvent, gql, machine, registerFans, signInAdmin, startStack } from './lib/tickets-stack.mjs';
import { alternate, printComparison } from './lib/rounds.mjs';

const EVENTS = 200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const LIST = `query($first: Int) { events(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id title venue startsAt timeZone seatsAvailable ticketTypes { id name priceCents currency available saleStatus } } } } }`;
// What the app's event page asks for (web/src/fan/events/EventPage.tsx).
const EVENT = `query($id: ID!) { event(id: $id) { id title description venue address startsAt endsAt timeZone coverImageUrl status visibility
  seatsAvailable memberPresaleStartsAt ticketTypes { id name description priceCents currency quantity available maxPerOrder saleStatus
  salesStartAt salesEndAt memberDiscountPercent memberPriceCents memberSalesStartAt viewerPriceCents } } }`;

// The statement counts are read off the request log, which counts only with LOG_SQL_COUNTS (off in
// production): this first API process counts, the one measured afterwards runs with production settings.
const stack = await startStack({ LOG_SQL_COUNTS: 'true' });
try {
  const admin = await signInAdmin(stack.url);
  process.stdout.write(`Matchday (production build) at ${stack.url}; creating ${EVENTS} public events with 3 ticket types each…\n`);
  const types = [
    { name: 'General', priceCents: 2500, currency: 'EUR', quantity: 500, maxPerOrder: 10 },
    { name: 'Family', priceCents: 6000, currency: 'EUR', quantity: 200, maxPerOrder: 4 },
    { name: 'VIP', priceCents: 12000, currency: 'EUR', quantity: 50, maxPerOrder: 2 },
  ];
  const events = [];
  for (let i = 0; i < EVENTS; i++) {
    events.push(await createEvent(stack.url, admin, { title: `Bench match ${i + 1}`, capacity: 700, ticketTypes: types, startsInHours: 24 + i }));
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

  await stack.restart();
  const [fan] = await registerFans(stack.url, 1);
  const reference = await stack.startReference('events-reference.mjs');

  // The two must give the same data (the reference is only a fair floor if it does the same work);
  // Matchday's answer also carries extensions.cost.
  const sameAnswer = async (query, variables) => {
    const body = JSON.stringify({ query, variables });
    const [ours, theirs] = await Promise.all(
      [`${stack.url}/graphql`, reference.url].map(async (url) => (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()).data),
    );
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
      process.stdout.write(`\nThe reference answers differently from Matchday for ${JSON.stringify(variables)}:\n${JSON.stringify(ours).slice(0, 400)}\n${JSON.stringify(theirs).slice(0, 400)}\n`);
      process.exitCode = 1;
    }
  };

  const cases = [
    ...[10, 50, 100].map((first) => ({ title: `events(first: ${first}) with ticket types and availability`, query: LIST, variables: { first } })),
    { title: 'event(id) with its ticket types (the event page)', query: EVENT, variables: { id: events[0].id } },
  ];
  const run = async (label, viewers) => {
    for (const { title, query, variables } of cases) {
      await sameAnswer(query, variables);
      const body = JSON.stringify({ query, variables });
      const request = (authorization) => (req) => ({ ...req, headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body });
      for (const [who, authorization] of viewers) {
        const results = await alternate(
          {
            Matchday: { url: `${stack.url}/graphql`, pid: stack.apiPid, setupRequest: request(authorization) },
            reference: { url: reference.url, pid: reference.pid, setupRequest: request(authorization) },
          },
          { seconds: SECONDS, connections: CONNECTIONS, postgresPid: stack.postgresPid },
        );
        printComparison(`${title}, ${who}${label}`, results);
        if (results.Matchday.ok < results.Matchday.requests) process.exitCode = 1;
      }
    }
  };
  process.stdout.write(`\n${CONNECTIONS} connections; ${SECONDS} s per case and target in alternating rounds; ${machine()}\n`);
  const signedIn = ['signed in', `Bearer ${fan}`];
  await run('', [['anonymous', null], signedIn]);
  // What executing costs when no answer can be shared (every request a different page, say).
  await stack.restart({ PUBLIC_READ_CACHE_MS: '0' });
  process.stdout.write('\nThe same with the public read cache off (PUBLIC_READ_CACHE_MS=0): every request executes.\n');
  await run(', cache off', [signedIn]);
  process.stdout.write(`\n${machine()}\n`);
} finally {
  await stack.stop();
}
