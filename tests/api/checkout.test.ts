import QRCode from 'qrcode';
import { adminToken, waitForMail } from '../support/accounts';
import { dataOf, errorOf, graph } from '../support/graph';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, SALES, START_CHECKOUT, ticketTypeInput } from '../support/ticketing';
import { createUser, type TestUser } from '../support/test-users';

const AVAILABLE = `query($id: ID!) { event(id: $id) { seatsAvailable ticketTypes { id available } } }`;
const ORDER = `query($id: ID!) { order(id: $id) { id status totalCents buyer { email } items { quantity unitPriceCents ticketType { name } } tickets { id status } refunds { amountCents status reason } } }`;
const MY_TICKETS = `query { myTickets(first: 100) { totalCount edges { node { id code status holderName qrSvg qrDataUrl event { id title } ticketType { name } order { id } } } } }`;
const REFUND = `mutation($orderId: ID!, $ticketIds: [ID!]) { refundOrder(orderId: $orderId, ticketIds: $ticketIds) { id status refundedCents refunds { amountCents status reason } tickets { id status } } }`;

async function seatsLeft(eventId: string, user: TestUser): Promise<number> {
  return dataOf(await graph(AVAILABLE, { id: eventId }, user)).event.seatsAvailable;
}

describe('checkout in TEST MODE', () => {
  let admin: TestUser;
  let fan: TestUser;

  beforeAll(async () => {
    admin = await createUser('ADMIN');
    fan = await createUser('FAN', 'Frankie Fan');
  });

  it('holds seats, then completes through the test checkout and issues tickets with server-made QR codes', async () => {
    const event = await publishedEvent(admin, { capacity: 10 });
    const started = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 2 }]) }, fan)).startCheckout;
    expect(started.testMode).toBe(true);
    expect(started.order).toMatchObject({ status: 'PENDING', totalCents: 5000, currency: 'EUR', paymentProvider: 'TEST', tickets: [] });
    expect(started.paymentUrl).toMatch(new RegExp(`/test-checkout/${started.order.id}$`));
    expect(new Date(started.order.holdExpiresAt).getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(await seatsLeft(event.id, fan)).toBe(8);

    const paid = dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: started.order.id, outcome: 'COMPLETED' }, fan)).completeTestCheckout;
    expect(paid.status).toBe('PAID');
    expect(paid.tickets).toHaveLength(2);
    expect(paid.tickets[0]).toMatchObject({ status: 'VALID', holderName: 'Frankie Fan', ticketType: { name: 'General' } });
    expect(paid.tickets[0].code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(await seatsLeft(event.id, fan)).toBe(8);

    // Completing again (a double click, a replayed webhook) changes nothing.
    const again = dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: started.order.id, outcome: 'COMPLETED' }, fan)).completeTestCheckout;
    expect(again.tickets.map((t: any) => t.code).sort()).toEqual(paid.tickets.map((t: any) => t.code).sort());

    // The tickets also arrive by email (here: the outbox), each code written as the door accepts it.
    const [mail] = await waitForMail(await adminToken(), fan.email);
    expect(mail).toMatchObject({ kind: 'tickets', subject: `Your tickets for ${event.title}` });
    for (const ticket of paid.tickets) expect(mail.text).toContain(ticket.code.replace(/(.{4})(?!$)/g, '$1-'));
    expect(mail.text).toContain(`/orders/${started.order.id}`);

    const mine = dataOf(await graph(MY_TICKETS, {}, fan)).myTickets.edges.map((e: any) => e.node).filter((t: any) => t.event.id === event.id);
    expect(mine).toHaveLength(2);
    const ticket = mine[0];
    expect(ticket.order.id).toBe(started.order.id);
    // The QR is made on the server and encodes the ticket code and nothing else.
    expect(ticket.qrSvg).toBe(await QRCode.toString(ticket.code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
    expect(Buffer.from(ticket.qrDataUrl.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toBe(ticket.qrSvg);

    const sales = dataOf(await graph(SALES, { eventId: event.id }, admin)).eventSales;
    expect(sales).toMatchObject({ capacity: 10, sold: 2, held: 0, available: 8, paidOrders: 1, revenueCents: 5000, refundedCents: 0 });
    expect(sales.ticketTypes[0]).toMatchObject({ quantity: 100, sold: 2, held: 0, available: 8, revenueCents: 5000 });
  });

  it('gives the seats back when the buyer abandons the test checkout', async () => {
    const event = await publishedEvent(admin, { capacity: 4 });
    const started = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 4 }]) }, fan)).startCheckout;
    expect(await seatsLeft(event.id, fan)).toBe(0);
    const abandoned = dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: started.order.id, outcome: 'ABANDONED' }, fan)).completeTestCheckout;
    expect(abandoned).toMatchObject({ status: 'CANCELLED', tickets: [] });
    expect(await seatsLeft(event.id, fan)).toBe(4);

    const other = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }]) }, fan)).startCheckout;
    const cancelled = dataOf(await graph(`mutation($id: ID!) { cancelCheckout(orderId: $id) { status } }`, { id: other.order.id }, fan)).cancelCheckout;
    expect(cancelled.status).toBe('CANCELLED');
    expect(await seatsLeft(event.id, fan)).toBe(4);
  });

  it('fulfils a free order at once, without a payment page', async () => {
    const event = await publishedEvent(admin, { ticketTypes: [ticketTypeInput({ name: 'Free entry', priceCents: 0 })] });
    const started = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 3 }]) }, fan)).startCheckout;
    expect(started.paymentUrl).toBeNull();
    expect(started.order).toMatchObject({ status: 'PAID', totalCents: 0, paymentProvider: 'FREE' });
    expect(started.order.tickets).toHaveLength(3);
    expect(dataOf(await graph(SALES, { eventId: event.id }, admin)).eventSales).toMatchObject({ sold: 3, held: 0 });
  });

  it('returns the first answer for a retried idempotencyKey, and refuses the key for a different checkout', async () => {
    const event = await publishedEvent(admin, { capacity: 20 });
    const input = checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 2 }]);
    const answers = await Promise.all(Array.from({ length: 8 }, () => graph(START_CHECKOUT, { input }, fan)));
    const ids = new Set(answers.map((a) => dataOf(a).startCheckout.order.id));
    expect(ids.size).toBe(1);
    expect(answers.every((a) => dataOf(a).startCheckout.paymentUrl === dataOf(answers[0]).startCheckout.paymentUrl)).toBe(true);
    expect(await seatsLeft(event.id, fan)).toBe(18);

    const different = await graph(START_CHECKOUT, { input: { ...input, items: [{ ticketTypeId: event.ticketTypeIds[0], quantity: 3 }] } }, fan);
    expect(errorOf(different).extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });

    // Keys belong to their buyer: another fan's same key is a new checkout.
    const other = await createUser('FAN');
    expect(dataOf(await graph(START_CHECKOUT, { input }, other)).startCheckout.order.id).not.toBe([...ids][0]);
  });

  it('returns the first answer for a retried idempotencyKey even once the event has sold out', async () => {
    const event = await publishedEvent(admin, { capacity: 2 });
    const input = checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 2 }]);
    const first = dataOf(await graph(START_CHECKOUT, { input }, fan)).startCheckout;
    expect(await seatsLeft(event.id, fan)).toBe(0);

    const retried = dataOf(await graph(START_CHECKOUT, { input }, fan)).startCheckout;
    expect(retried.order.id).toBe(first.order.id);
    expect(retried.paymentUrl).toBe(first.paymentUrl);
    const newKey = await graph(START_CHECKOUT, { input: { ...input, idempotencyKey: `${input.idempotencyKey}-2` } }, fan);
    expect(errorOf(newKey)).toMatchObject({ message: expect.stringMatching(/^Sold out/), extensions: { code: 'CONFLICT', field: 'items' } });
    expect(await seatsLeft(event.id, fan)).toBe(0);
  });

  it('enforces maxPerOrder, the ticket types of the event, sales windows and event state', async () => {
    const soon = new Date(Date.now() + 3600_000).toISOString();
    const event = await publishedEvent(admin, {
      ticketTypes: [
        ticketTypeInput({ name: 'General', maxPerOrder: 4 }),
        ticketTypeInput({ name: 'Late release', salesStartAt: soon }),
        ticketTypeInput({ name: 'Early bird', salesStartAt: new Date(Date.now() - 7200_000).toISOString(), salesEndAt: new Date(Date.now() - 3600_000).toISOString() }),
      ],
    });
    const [general, late, early] = event.ticketTypeIds;
    const attempt = (items: { ticketTypeId: string; quantity: number }[], eventId = event.id) => graph(START_CHECKOUT, { input: checkoutInput(eventId, items) }, fan);

    expect(errorOf(await attempt([{ ticketTypeId: general, quantity: 5 }])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.0.quantity' });
    expect(errorOf(await attempt([{ ticketTypeId: general, quantity: 0 }])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.0.quantity' });
    expect(errorOf(await attempt([{ ticketTypeId: general, quantity: 1 }, { ticketTypeId: general, quantity: 1 }])).extensions).toMatchObject({ field: 'items.1.ticketTypeId' });
    const foreign = await publishedEvent(admin);
    expect(errorOf(await attempt([{ ticketTypeId: foreign.ticketTypeIds[0], quantity: 1 }])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.0.ticketTypeId' });
    const notYet = errorOf(await attempt([{ ticketTypeId: late, quantity: 1 }]));
    expect(notYet.extensions?.code).toBe('CONFLICT');
    expect(notYet.message).toContain(`go on sale at ${soon}`);
    expect(errorOf(await attempt([{ ticketTypeId: early, quantity: 1 }])).message).toMatch(/have ended/);

    const draft = await publishedEvent(admin, { publish: false });
    expect(errorOf(await attempt([{ ticketTypeId: draft.ticketTypeIds[0], quantity: 1 }], draft.id)).extensions?.code).toBe('NOT_FOUND');
    await graph(`mutation($id: ID!) { cancelEvent(id: $id) { id } }`, { id: foreign.id }, admin);
    expect(errorOf(await attempt([{ ticketTypeId: foreign.ticketTypeIds[0], quantity: 1 }], foreign.id)).message).toMatch(/cancelled/);
    expect(errorOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: general, quantity: 1 }]) })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('enforces both the event capacity and each ticket type quantity', async () => {
    const event = await publishedEvent(admin, { capacity: 3, ticketTypes: [ticketTypeInput({ name: 'Stand', quantity: 2 }), ticketTypeInput({ name: 'Seat', quantity: 3 })] });
    const [stand, seat] = event.ticketTypeIds;
    const buy = (ticketTypeId: string, quantity: number) => graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId, quantity }]) }, fan);
    const tooManyStand = errorOf(await buy(stand, 3));
    expect(tooManyStand.extensions?.code).toBe('CONFLICT');
    expect(tooManyStand.message).toMatch(/Sold out.*Stand/);
    dataOf(await buy(stand, 2));
    expect(errorOf(await buy(seat, 2)).message).toMatch(/Sold out: this event/);
    dataOf(await buy(seat, 1));
    const avail = dataOf(await graph(`query($id: ID!) { event(id: $id) { seatsAvailable ticketTypes { available saleStatus } } }`, { id: event.id }, fan)).event;
    expect(avail).toEqual({ seatsAvailable: 0, ticketTypes: [{ available: 0, saleStatus: 'SOLD_OUT' }, { available: 0, saleStatus: 'SOLD_OUT' }] });
  });

  it('shows a fan only their own orders and tickets', async () => {
    const event = await publishedEvent(admin);
    const alice = await createUser('FAN', 'Alice');
    const bob = await createUser('FAN', 'Bob');
    const order = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }]) }, alice)).startCheckout.order;
    dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: order.id, outcome: 'COMPLETED' }, alice));

    expect(dataOf(await graph(ORDER, { id: order.id }, bob)).order).toBeNull();
    expect(dataOf(await graph(ORDER, { id: order.id }, alice)).order).toMatchObject({ id: order.id, status: 'PAID', buyer: { email: alice.email } });
    expect(dataOf(await graph(ORDER, { id: order.id }, admin)).order.id).toBe(order.id);
    expect(dataOf(await graph(`query { myOrders { totalCount } }`, {}, bob)).myOrders.totalCount).toBe(0);
    expect(dataOf(await graph(`query { myOrders { totalCount edges { node { id } } } }`, {}, alice)).myOrders.edges.map((e: any) => e.node.id)).toEqual([order.id]);
    expect(dataOf(await graph(MY_TICKETS, {}, bob)).myTickets.totalCount).toBe(0);
    expect(errorOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: order.id, outcome: 'ABANDONED' }, bob)).extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await graph(`mutation($id: ID!) { cancelCheckout(orderId: $id) { id } }`, { id: order.id }, bob)).extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await graph(REFUND, { orderId: order.id }, alice)).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await graph(`query { myOrders { totalCount } }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets admins refund part of an order, then all of it, once, voiding tickets and freeing seats', async () => {
    const event = await publishedEvent(admin, { capacity: 10 });
    const order = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 3 }]) }, fan)).startCheckout.order;
    const paid = dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: order.id, outcome: 'COMPLETED' }, fan)).completeTestCheckout;
    expect(await seatsLeft(event.id, fan)).toBe(7);

    const partial = dataOf(await graph(REFUND, { orderId: order.id, ticketIds: [paid.tickets[0].id] }, admin)).refundOrder;
    expect(partial).toMatchObject({ status: 'PAID', refundedCents: 2500, refunds: [{ amountCents: 2500, status: 'SUCCEEDED', reason: 'REQUESTED_BY_ADMIN' }] });
    expect(partial.tickets.filter((t: any) => t.status === 'VOID').map((t: any) => t.id)).toEqual([paid.tickets[0].id]);
    expect(await seatsLeft(event.id, fan)).toBe(8);

    const full = dataOf(await graph(REFUND, { orderId: order.id }, admin)).refundOrder;
    expect(full).toMatchObject({ status: 'REFUNDED', refundedCents: 7500 });
    expect(full.tickets.every((t: any) => t.status === 'VOID')).toBe(true);
    expect(await seatsLeft(event.id, fan)).toBe(10);

    const twice = dataOf(await graph(REFUND, { orderId: order.id }, admin)).refundOrder;
    expect(twice).toMatchObject({ status: 'REFUNDED', refundedCents: 7500 });
    expect(twice.refunds).toHaveLength(2);
    expect(dataOf(await graph(SALES, { eventId: event.id }, admin)).eventSales).toMatchObject({ sold: 0, revenueCents: 0, refundedCents: 7500 });

    const pending = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }]) }, fan)).startCheckout.order;
    expect(errorOf(await graph(REFUND, { orderId: pending.id }, admin)).message).toMatch(/Only a paid order/);
  });

  it('cancelling an event cancels unpaid orders, refunds paid ones and voids every ticket', async () => {
    const event = await publishedEvent(admin, { capacity: 10 });
    const buy = async (quantity: number) =>
      dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity }]) }, fan)).startCheckout.order;
    const paid = await buy(2);
    dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: paid.id, outcome: 'COMPLETED' }, fan));
    const pending = await buy(1);

    dataOf(await graph(`mutation($id: ID!) { cancelEvent(id: $id) { status } }`, { id: event.id }, admin));
    expect(dataOf(await graph(ORDER, { id: paid.id }, fan)).order).toMatchObject({
      status: 'REFUNDED',
      tickets: [{ status: 'VOID' }, { status: 'VOID' }],
      refunds: [{ amountCents: 5000, reason: 'EVENT_CANCELLED', status: 'SUCCEEDED' }],
    });
    expect(dataOf(await graph(ORDER, { id: pending.id }, fan)).order.status).toBe('CANCELLED');
    // A payment page left open for the cancelled order can no longer issue tickets.
    const late = dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: pending.id, outcome: 'COMPLETED' }, fan)).completeTestCheckout;
    expect(late).toMatchObject({ status: 'REFUNDED', tickets: [] });
  });

  it('lets admins find orders and attendees', async () => {
    const event = await publishedEvent(admin);
    const buyer = await createUser('FAN', 'Searchable Sam');
    const order = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 2 }]) }, buyer)).startCheckout.order;
    dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: order.id, outcome: 'COMPLETED' }, buyer));

    const orders = `query($eventId: ID, $status: OrderStatus, $search: String) { orders(eventId: $eventId, status: $status, search: $search) { totalCount edges { node { id buyer { name } } } } }`;
    expect(dataOf(await graph(orders, { search: buyer.email }, admin)).orders.edges.map((e: any) => e.node.id)).toEqual([order.id]);
    expect(dataOf(await graph(orders, { search: order.id }, admin)).orders.totalCount).toBe(1);
    expect(dataOf(await graph(orders, { eventId: event.id, status: 'PAID' }, admin)).orders.totalCount).toBe(1);
    expect(dataOf(await graph(orders, { eventId: event.id, status: 'REFUNDED' }, admin)).orders.totalCount).toBe(0);

    const attendees = `query($eventId: ID!, $search: String, $status: TicketStatus) { attendees(eventId: $eventId, search: $search, status: $status) { totalCount edges { node { code holderName order { id } } } } }`;
    const all = dataOf(await graph(attendees, { eventId: event.id }, admin)).attendees;
    expect(all.totalCount).toBe(2);
    expect(all.edges[0].node).toMatchObject({ holderName: 'Searchable Sam', order: { id: order.id } });
    expect(dataOf(await graph(attendees, { eventId: event.id, search: 'searchable' }, admin)).attendees.totalCount).toBe(2);
    expect(dataOf(await graph(attendees, { eventId: event.id, search: all.edges[0].node.code }, admin)).attendees.totalCount).toBe(1);
    expect(dataOf(await graph(attendees, { eventId: event.id, status: 'CHECKED_IN' }, admin)).attendees.totalCount).toBe(0);
  });
});
