import { dataOf, graph, type CallOptions } from '../support/graph';
import { eventually } from '../support/eventually';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import type { RunningServer } from '../support/processes';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, START_CHECKOUT } from '../support/ticketing';
import { createUser, type TestUser } from '../support/test-users';

describe('hold expiry', () => {
  let isolated: IsolatedServer;
  let server: RunningServer;
  let admin: TestUser;
  let fan: TestUser;
  const as = (user: TestUser): CallOptions => ({ token: user.token, url: server.url });

  beforeAll(async () => {
    // Holds of 5 seconds; a sweep so rare that only each hold's own timer can end it here.
    isolated = await startIsolatedServer({ CHECKOUT_HOLD_SECONDS: '5', HOLD_SWEEP_SECONDS: '3600' });
    server = isolated.server;
    admin = await createUser('ADMIN', 'Hold Admin', server.url);
    fan = await createUser('FAN', 'Hold Fan', server.url);
  });

  afterAll(async () => {
    await isolated?.stop();
  });

  it('puts the seats back on sale when a hold runs out, and still honours a late payment while they are free', async () => {
    const event = await publishedEvent(as(admin), { capacity: 4 });
    const seatsLeft = async () => dataOf(await graph(`query($id: ID!) { event(id: $id) { seatsAvailable } }`, { id: event.id }, as(fan))).event.seatsAvailable;
    const started = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 4 }]) }, as(fan))).startCheckout;
    expect(await seatsLeft()).toBe(0);

    const order = `query($id: ID!) { order(id: $id) { status closedAt } }`;
    const expired = await eventually(async () => {
      const current = dataOf(await graph(order, { id: started.order.id }, as(fan))).order;
      return current.status === 'EXPIRED' && current;
    }, 'the hold to expire');
    expect(new Date(expired.closedAt).getTime()).toBeGreaterThanOrEqual(new Date(started.order.holdExpiresAt).getTime());
    expect(await seatsLeft()).toBe(4);

    // The buyer pays on the page they left open: the seats are still free, so it is honoured.
    const paid = dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: started.order.id, outcome: 'COMPLETED' }, as(fan))).completeTestCheckout;
    expect(paid.status).toBe('PAID');
    expect(paid.tickets).toHaveLength(4);
    expect(await seatsLeft()).toBe(0);
  });
});
