import { dataOf, errorOf, graph, serverUrl } from '../support/graph';
import { SubscriptionClient } from '../support/subscriptions';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, SALES, START_CHECKOUT } from '../support/ticketing';
import { createUser, type TestUser } from '../support/test-users';

const CHECK_IN = `mutation($eventId: ID!, $code: String!) {
  checkInTicket(eventId: $eventId, code: $code) {
    status message checkedInAt checkedInBy { name }
    ticket { id code status holderName checkedInAt ticketType { name } event { id } order { id } }
  }
}`;

interface Stats {
  eventId: string;
  checkedIn: number;
  sold: number;
  capacity: number;
}

const CHECK_IN_UPDATED = `subscription($eventId: ID!) { checkInUpdated(eventId: $eventId) { eventId checkedIn sold capacity } }`;

describe('check-in at the door', () => {
  let admin: TestUser;
  let volunteer: TestUser;
  let fan: TestUser;
  const clients: SubscriptionClient[] = [];
  const door = (user: TestUser) => {
    const client = new SubscriptionClient(serverUrl().replace(/^http/, 'ws') + '/graphql', user.token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    admin = await createUser('ADMIN', 'Ada Admin');
    volunteer = await createUser('VOLUNTEER', 'Vic Volunteer');
    fan = await createUser('FAN', 'Fiona Fan');
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
  });

  async function buyTickets(eventId: string, ticketTypeId: string, quantity: number) {
    const order = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(eventId, [{ ticketTypeId, quantity }]) }, fan)).startCheckout.order;
    return dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: order.id, outcome: 'COMPLETED' }, fan)).completeTestCheckout;
  }

  it('answers OK, ALREADY_CHECKED_IN, VOID, WRONG_EVENT and NOT_FOUND, and pushes the live count to every door', async () => {
    const event = await publishedEvent(admin, { capacity: 50 });
    const elsewhere = await publishedEvent(admin);
    // A door opens: it gets the count as it is now, then every change.
    const live = door(volunteer).subscribe<{ checkInUpdated: Stats }>(CHECK_IN_UPDATED, { eventId: event.id });
    await live.waitFor((update) => update.checkInUpdated.sold === 0);

    const order = await buyTickets(event.id, event.ticketTypeIds[0], 3);
    await live.waitFor((update) => update.checkInUpdated.sold === 3);
    const [first, second, third] = order.tickets;
    const stranger = (await buyTickets(elsewhere.id, elsewhere.ticketTypeIds[0], 1)).tickets[0];

    // Typed by hand: lower case, with dashes, O for 0 and l for 1 are all read as the code.
    const typed = first.code.toLowerCase().replace(/(.{4})(?!$)/g, '$1-').replace(/0/g, 'o').replace(/1/g, 'l');
    const ok = dataOf(await graph(CHECK_IN, { eventId: event.id, code: typed }, volunteer)).checkInTicket;
    expect(ok).toMatchObject({
      status: 'OK',
      checkedInBy: { name: 'Vic Volunteer' },
      ticket: { id: first.id, status: 'CHECKED_IN', holderName: 'Fiona Fan', ticketType: { name: 'General' }, event: { id: event.id }, order: null },
    });
    expect(ok.message).toMatch(/Fiona Fan/);

    const again = dataOf(await graph(CHECK_IN, { eventId: event.id, code: first.code }, admin)).checkInTicket;
    expect(again).toMatchObject({ status: 'ALREADY_CHECKED_IN', checkedInAt: ok.checkedInAt, checkedInBy: { name: 'Vic Volunteer' }, ticket: { id: first.id } });
    expect(again.message).toMatch(/^Already checked in at \d\d:\d\d:\d\d by Vic Volunteer\.$/);

    // Two doors scan the same ticket at the same moment: it gets in once.
    const race = await Promise.all([volunteer, admin, volunteer].map((user) => graph(CHECK_IN, { eventId: event.id, code: second.code }, user)));
    expect(race.map((r) => dataOf(r).checkInTicket.status).sort()).toEqual(['ALREADY_CHECKED_IN', 'ALREADY_CHECKED_IN', 'OK']);

    dataOf(await graph(`mutation($orderId: ID!, $ticketIds: [ID!]) { refundOrder(orderId: $orderId, ticketIds: $ticketIds) { id } }`, { orderId: order.id, ticketIds: [third.id] }, admin));
    const voided = dataOf(await graph(CHECK_IN, { eventId: event.id, code: third.code }, volunteer)).checkInTicket;
    expect(voided).toMatchObject({ status: 'VOID', ticket: { id: third.id, status: 'VOID' } });

    const wrong = dataOf(await graph(CHECK_IN, { eventId: event.id, code: stranger.code }, volunteer)).checkInTicket;
    expect(wrong).toMatchObject({ status: 'WRONG_EVENT', ticket: { id: stranger.id, status: 'VALID' } });
    expect(wrong.message).toContain(elsewhere.title);

    for (const code of ['0000000000000000', 'not a code', '']) {
      expect(dataOf(await graph(CHECK_IN, { eventId: event.id, code }, volunteer)).checkInTicket).toMatchObject({ status: 'NOT_FOUND', ticket: null });
    }
    expect(errorOf(await graph(CHECK_IN, { eventId: 'not-an-event', code: first.code }, volunteer)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });

    const expected = { eventId: event.id, checkedIn: 2, sold: 2, capacity: 50 };
    await live.waitFor((update) => JSON.stringify(update.checkInUpdated) === JSON.stringify(expected));
    expect(live.errors).toEqual([]);
    // The count only ever moved forward through the check-ins.
    const counts = live.events.map((update) => update.checkInUpdated.checkedIn);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // A door that opens later starts from the current count.
    const late = door(admin).subscribe<{ checkInUpdated: Stats }>(CHECK_IN_UPDATED, { eventId: event.id });
    expect((await late.waitFor(() => true)).checkInUpdated).toEqual(expected);
    expect(dataOf(await graph(`query($id: ID!) { checkInStats(eventId: $id) { eventId checkedIn sold capacity } }`, { id: event.id }, volunteer)).checkInStats).toEqual(expected);
    expect(dataOf(await graph(SALES, { eventId: event.id }, admin)).eventSales).toMatchObject({ sold: 2, checkedIn: 2 });
  });

  it('lets only volunteers and admins check in or watch the door count', async () => {
    const event = await publishedEvent(admin);
    const ticket = (await buyTickets(event.id, event.ticketTypeIds[0], 1)).tickets[0];
    expect(errorOf(await graph(CHECK_IN, { eventId: event.id, code: ticket.code }, fan)).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await graph(CHECK_IN, { eventId: event.id, code: ticket.code })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await graph(`query($id: ID!) { checkInStats(eventId: $id) { checkedIn } }`, { id: event.id }, fan)).extensions?.code).toBe('FORBIDDEN');

    const refused = door(fan).subscribe(CHECK_IN_UPDATED, { eventId: event.id });
    await refused.ended();
    expect(refused.errors.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);

    // The fan's ticket is still valid: the refused attempts changed nothing.
    expect(dataOf(await graph(CHECK_IN, { eventId: event.id, code: ticket.code }, volunteer)).checkInTicket.status).toBe('OK');
  });
});
