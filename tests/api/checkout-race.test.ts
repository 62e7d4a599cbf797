import http from 'node:http';
import { dataOf, errorOf, graph, serverUrl, type GraphResult } from '../support/graph';
import { checkoutInput, publishedEvent, SALES, START_CHECKOUT, ticketTypeInput } from '../support/ticketing';
import { createFans, createUser } from '../support/test-users';

const SEATS = 100;
const CALLERS = 2000;

/**
 * All calls are sent at once; like a load balancer in front of the API, a keep-alive pool of 200
 * connections carries them (2,000 simultaneous TCP connects would overflow the listen backlog).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 200 });
afterAll(() => agent.destroy());

function post(body: unknown, token: string): Promise<GraphResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${serverUrl()}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        const parsed = JSON.parse(text);
        resolve({ status: res.statusCode ?? 0, data: parsed.data ?? null, errors: parsed.errors, headers: new Headers() });
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('the race for the last seats', () => {
  it(`sells exactly ${SEATS} seats to ${CALLERS} concurrent buyers and tells everyone else it is sold out`, async () => {
    const admin = await createUser('ADMIN');
    const event = await publishedEvent(admin, { capacity: SEATS, ticketTypes: [ticketTypeInput({ quantity: SEATS })] });
    const fans = await createFans(200);

    const results = await Promise.all(
      Array.from({ length: CALLERS }, (_, i) =>
        post({ query: START_CHECKOUT, variables: { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }]) } }, fans[i % fans.length].token),
      ),
    );

    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(SEATS);
    expect(new Set(won.map((r) => dataOf(r).startCheckout.order.id)).size).toBe(SEATS);
    expect(won.every((r) => dataOf(r).startCheckout.order.status === 'PENDING')).toBe(true);
    expect(lost).toHaveLength(CALLERS - SEATS);
    for (const result of lost) {
      expect(errorOf(result).extensions?.code).toBe('CONFLICT');
      expect(errorOf(result).message).toMatch(/^Sold out/);
    }

    const sales = dataOf(await graph(SALES, { eventId: event.id }, admin)).eventSales;
    expect(sales.held + sales.sold).toBe(SEATS);
    expect(sales.available).toBe(0);
    const pending = `query($eventId: ID!) { orders(eventId: $eventId, status: PENDING) { totalCount } }`;
    expect(dataOf(await graph(pending, { eventId: event.id }, admin)).orders.totalCount).toBe(SEATS);
  }, 180_000);
});
