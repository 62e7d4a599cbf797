import { Client } from 'pg';
import { dataOf, errorOf, graph, type CallOptions } from '../support/graph';
import { eventually } from '../support/eventually';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import type { RunningServer } from '../support/processes';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, START_CHECKOUT } from '../support/ticketing';
import { createUser, type TestUser } from '../support/test-users';
import { sendWebhook, startFakeStripe, type FakeStripe } from '../fakes/stripe-server';

const WEBHOOK_SECRET = 'whsec_test_matchday_tickets';
const ORDER = `query($id: ID!) { order(id: $id) { id status paidCents refundedCents testMode
  tickets { id status } refunds { amountCents reason status providerRefundId lastError } } }`;
const SEATS = `query($id: ID!) { event(id: $id) { seatsAvailable } }`;
const REFUND = `mutation($orderId: ID!) { refundOrder(orderId: $orderId) { id status refunds { amountCents status providerRefundId } } }`;

describe('payments through Stripe (the real SDK against a fake Stripe)', () => {
  let fake: FakeStripe;
  let isolated: IsolatedServer;
  let server: RunningServer;
  let admin: TestUser;
  let fan: TestUser;
  const as = (user: TestUser): CallOptions => ({ token: user.token, url: server.url });
  const orderOf = async (id: string, user = admin) => dataOf(await graph(ORDER, { id }, as(user))).order;
  const seatsLeft = async (eventId: string) => dataOf(await graph(SEATS, { id: eventId }, as(admin))).event.seatsAvailable;
  const webhook = (event: Parameters<typeof sendWebhook>[1], signature?: string) => sendWebhook(server.url, event, WEBHOOK_SECRET, signature);

  async function checkout(eventId: string, ticketTypeId: string, quantity = 1, buyer = fan) {
    return dataOf(await graph(START_CHECKOUT, { input: checkoutInput(eventId, [{ ticketTypeId, quantity }]) }, as(buyer))).startCheckout;
  }

  /** SQL on this server's own database. */
  async function sql(text: string, params: unknown[] = []) {
    const client = new Client({ connectionString: isolated.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, params)).rows;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    fake = await startFakeStripe();
    // A database and Redis of its own: no other server's sweep or timers touch its orders.
    isolated = await startIsolatedServer({
      STRIPE_SECRET_KEY: 'sk_test_matchday_tickets',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_URL: fake.url,
      CHECKOUT_HOLD_SECONDS: '600',
      HOLD_SWEEP_SECONDS: '1',
    });
    server = isolated.server;
    admin = await createUser('ADMIN', 'Stripe Admin', server.url);
    fan = await createUser('FAN', 'Stripe Fan', server.url);
  });

  afterAll(async () => {
    await isolated?.stop();
    await fake?.close();
  });

  it('opens a Stripe Checkout Session and issues tickets when Stripe reports the payment', async () => {
    const event = await publishedEvent(as(admin), { capacity: 10 });
    const started = await checkout(event.id, event.ticketTypeIds[0], 2);
    expect(started.testMode).toBe(false);
    expect(started.order).toMatchObject({ status: 'PENDING', paymentProvider: 'STRIPE', totalCents: 5000 });

    const session = fake.sessionOf(started.order.id)!;
    expect(started.paymentUrl).toBe(session.url);
    const created = fake.requests.find((r) => r.path === '/v1/checkout/sessions' && r.body.metadata?.orderId === started.order.id)!;
    expect(created.idempotencyKey).toBe(`checkout-${started.order.id}`);
    expect(created.body).toMatchObject({ mode: 'payment', customer_email: fan.email, client_reference_id: started.order.id, payment_intent_data: { metadata: { orderId: started.order.id } } });
    expect(created.body.line_items['0']).toMatchObject({ quantity: '2', price_data: { currency: 'eur', unit_amount: '2500' } });
    expect(Number(created.body.expires_at)).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 30 * 60);

    // With Stripe configured, the test checkout is refused.
    expect(errorOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: started.order.id, outcome: 'COMPLETED' }, as(fan))).extensions?.code).toBe('FORBIDDEN');

    const res = await webhook(fake.pay(session.id));
    expect(res.status).toBe(200);
    const order = await orderOf(started.order.id, fan);
    expect(order).toMatchObject({ status: 'PAID', paidCents: 5000, testMode: false });
    expect(order.tickets.map((t: any) => t.status)).toEqual(['VALID', 'VALID']);
    expect(await seatsLeft(event.id)).toBe(8);
  });

  it('answers 400 to a bad signature and stores nothing', async () => {
    const event = await publishedEvent(as(admin));
    const started = await checkout(event.id, event.ticketTypeIds[0]);
    const paid = fake.pay(fake.sessionOf(started.order.id)!.id);

    const forged = await webhook(paid, 't=1700000000,v1=deadbeef');
    expect(forged.status).toBe(400);
    const otherSecret = await sendWebhook(server.url, paid, 'whsec_someone_else');
    expect(otherSecret.status).toBe(400);
    const unsigned = await fetch(`${server.url}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(paid) });
    expect(unsigned.status).toBe(400);

    expect(await sql(`SELECT 1 FROM webhook_events WHERE event_id = $1`, [paid.id])).toHaveLength(0);
    expect((await orderOf(started.order.id)).status).toBe('PENDING');
  });

  it('processes a replayed event once, however often and however concurrently it arrives', async () => {
    const event = await publishedEvent(as(admin), { capacity: 10 });
    const started = await checkout(event.id, event.ticketTypeIds[0], 3);
    const paid = fake.pay(fake.sessionOf(started.order.id)!.id);

    const first = await Promise.all(Array.from({ length: 5 }, () => webhook(paid)));
    expect(first.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const replay = await webhook(paid);
    expect(await replay.json()).toEqual({ received: true, duplicate: true });

    const order = await orderOf(started.order.id);
    expect(order.tickets).toHaveLength(3);
    expect(await seatsLeft(event.id)).toBe(7);
    const stored = await sql(`SELECT processed_at FROM webhook_events WHERE provider = 'stripe' AND event_id = $1`, [paid.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].processed_at).not.toBeNull();
  });

  it('ignores an expiry that arrives after the payment', async () => {
    const event = await publishedEvent(as(admin), { capacity: 5 });
    const started = await checkout(event.id, event.ticketTypeIds[0], 2);
    const session = fake.sessionOf(started.order.id)!;
    const paid = fake.pay(session.id);
    const expired = fake.expired(session.id);
    expect((await webhook(paid)).status).toBe(200);
    expect((await webhook(expired)).status).toBe(200);
    expect((await orderOf(started.order.id)).status).toBe('PAID');
    expect(await seatsLeft(event.id)).toBe(3);
  });

  it('honours a payment that arrives after the hold was released while seats remain', async () => {
    const event = await publishedEvent(as(admin), { capacity: 5 });
    const started = await checkout(event.id, event.ticketTypeIds[0], 2);
    const session = fake.sessionOf(started.order.id)!;
    const expired = fake.expired(session.id);
    expect((await webhook(expired)).status).toBe(200);
    expect((await orderOf(started.order.id)).status).toBe('EXPIRED');
    expect(await seatsLeft(event.id)).toBe(5);

    expect((await webhook(fake.pay(session.id))).status).toBe(200);
    const order = await orderOf(started.order.id);
    expect(order.status).toBe('PAID');
    expect(order.tickets).toHaveLength(2);
    expect(await seatsLeft(event.id)).toBe(3);
  });

  it('refunds automatically through Stripe a payment that arrives after its seats were sold to someone else', async () => {
    const event = await publishedEvent(as(admin), { capacity: 1 });
    const late = await checkout(event.id, event.ticketTypeIds[0]);
    const lateSession = fake.sessionOf(late.order.id)!;
    // The buyer leaves; the hold is released (here by the buyer's cancel, which also closes the Stripe page).
    dataOf(await graph(`mutation($id: ID!) { cancelCheckout(orderId: $id) { status } }`, { id: late.order.id }, as(fan)));
    expect(fake.requests.some((r) => r.path === `/v1/checkout/sessions/${lateSession.id}/expire`)).toBe(true);

    const rival = await createUser('FAN', 'Rival', server.url);
    const rivalOrder = await checkout(event.id, event.ticketTypeIds[0], 1, rival);
    expect((await webhook(fake.pay(fake.sessionOf(rivalOrder.order.id)!.id))).status).toBe(200);

    // The first buyer's payment still went through at Stripe (the page was already paid).
    lateSession.status = 'open';
    const latePayment = fake.pay(lateSession.id);
    expect((await webhook(latePayment)).status).toBe(200);
    const order = await orderOf(late.order.id);
    expect(order).toMatchObject({ status: 'REFUNDED', paidCents: 2500, refundedCents: 2500, tickets: [] });
    expect(order.refunds).toEqual([{ amountCents: 2500, reason: 'SOLD_OUT_AFTER_EXPIRY', status: 'SUCCEEDED', providerRefundId: expect.stringMatching(/^re_/), lastError: null }]);
    const paymentIntent = (latePayment.data.object as any).payment_intent;
    expect(fake.refunds.filter((r) => r.payment_intent === paymentIntent)).toEqual([expect.objectContaining({ amount: 2500 })]);

    // Stripe then reports the refund: nothing changes, nothing is refunded twice.
    expect((await webhook(fake.chargeRefunded(paymentIntent))).status).toBe(200);
    expect((await orderOf(late.order.id)).refunds).toHaveLength(1);
    expect((await orderOf(rivalOrder.order.id)).status).toBe('PAID');
  });

  it('refunds an order for an admin through Stripe, once, and takes Stripe\'s confirmation quietly', async () => {
    const event = await publishedEvent(as(admin), { capacity: 10 });
    const started = await checkout(event.id, event.ticketTypeIds[0], 2);
    const paid = fake.pay(fake.sessionOf(started.order.id)!.id);
    await webhook(paid);
    const paymentIntent = (paid.data.object as any).payment_intent;

    const refunded = dataOf(await graph(REFUND, { orderId: started.order.id }, as(admin))).refundOrder;
    expect(refunded.status).toBe('REFUNDED');
    expect(refunded.refunds).toEqual([{ amountCents: 5000, status: 'SUCCEEDED', providerRefundId: expect.stringMatching(/^re_/) }]);
    const calls = fake.requests.filter((r) => r.path === '/v1/refunds' && r.body.payment_intent === paymentIntent);
    expect(calls).toHaveLength(1);
    expect(calls[0].body.amount).toBe('5000');
    expect(calls[0].idempotencyKey).toMatch(/^refund-/);

    dataOf(await graph(REFUND, { orderId: started.order.id }, as(admin)));
    expect(fake.refunds.filter((r) => r.payment_intent === paymentIntent)).toHaveLength(1);
    expect((await webhook(fake.chargeRefunded(paymentIntent))).status).toBe(200);
    const order = await orderOf(started.order.id);
    expect(order.refunds).toHaveLength(1);
    expect(order.tickets.every((t: any) => t.status === 'VOID')).toBe(true);
    expect(await seatsLeft(event.id)).toBe(10);
  });

  it('keeps a refund Stripe refused as owed and retries it, with one idempotency key, until Stripe takes it', async () => {
    const event = await publishedEvent(as(admin));
    const started = await checkout(event.id, event.ticketTypeIds[0]);
    const paid = fake.pay(fake.sessionOf(started.order.id)!.id);
    await webhook(paid);
    const paymentIntent = (paid.data.object as any).payment_intent;
    fake.failNext('/v1/refunds', 9); // three rounds of the SDK's three tries
    const refunded = dataOf(await graph(REFUND, { orderId: started.order.id }, as(admin))).refundOrder;
    // The tickets are void and the seats free at once; the money follows when Stripe answers.
    expect(refunded.status).toBe('REFUNDED');
    expect(await seatsLeft(event.id)).toBe(100);

    const settled = await eventually(async () => {
      const refund = (await orderOf(started.order.id)).refunds[0];
      return refund.status === 'SUCCEEDED' && refund;
    }, 'the sweep to retry the refund');
    expect(settled.providerRefundId).toMatch(/^re_/);
    const calls = fake.requests.filter((r) => r.path === '/v1/refunds' && r.body.payment_intent === paymentIntent);
    expect(calls.length).toBeGreaterThan(9);
    expect(new Set(calls.map((c) => c.idempotencyKey)).size).toBe(1);
    expect(fake.refunds.filter((r) => r.payment_intent === paymentIntent)).toHaveLength(1);
  });

  it('voids the order when Stripe reports a full refund made in its dashboard', async () => {
    const event = await publishedEvent(as(admin), { capacity: 10 });
    const started = await checkout(event.id, event.ticketTypeIds[0], 2);
    const paid = fake.pay(fake.sessionOf(started.order.id)!.id);
    await webhook(paid);
    expect((await webhook(fake.chargeRefunded((paid.data.object as any).payment_intent, 5000))).status).toBe(200);
    const order = await orderOf(started.order.id);
    expect(order).toMatchObject({ status: 'REFUNDED', refundedCents: 5000, refunds: [{ amountCents: 5000, reason: 'EXTERNAL', status: 'SUCCEEDED' }] });
    expect(order.tickets.every((t: any) => t.status === 'VOID')).toBe(true);
    expect(await seatsLeft(event.id)).toBe(10);
  });

  it('handles a refund reported before the payment itself', async () => {
    const event = await publishedEvent(as(admin), { capacity: 10 });
    const started = await checkout(event.id, event.ticketTypeIds[0], 2);
    const paid = fake.pay(fake.sessionOf(started.order.id)!.id);
    const refundedFirst = fake.chargeRefunded((paid.data.object as any).payment_intent, 5000);
    expect((await webhook(refundedFirst)).status).toBe(200);
    expect((await webhook(paid)).status).toBe(200);
    const order = await orderOf(started.order.id);
    expect(order).toMatchObject({ status: 'REFUNDED', tickets: [], refunds: [{ reason: 'EXTERNAL', amountCents: 5000 }] });
    expect(await seatsLeft(event.id)).toBe(10);
  });

  it('releases a hold whose time ran out even without its timer (the sweep)', async () => {
    const event = await publishedEvent(as(admin), { capacity: 3 });
    const started = await checkout(event.id, event.ticketTypeIds[0], 3);
    expect(await seatsLeft(event.id)).toBe(0);
    // The hold is set to end in 10 minutes; move its end into the past, as if the timer were lost.
    await sql(`UPDATE orders SET hold_expires_at = now() - interval '1 second' WHERE id = $1`, [started.order.id]);
    await eventually(async () => (await orderOf(started.order.id)).status === 'EXPIRED', 'the sweep to expire the hold');
    expect(await seatsLeft(event.id)).toBe(3);
  });

  it('holds no seats when Stripe cannot be reached, and lets the buyer retry', async () => {
    const event = await publishedEvent(as(admin), { capacity: 2 });
    const input = checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 2 }]);
    fake.failNext('/v1/checkout/sessions', 3);
    const failed = await graph(START_CHECKOUT, { input }, as(fan));
    expect(errorOf(failed).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await seatsLeft(event.id)).toBe(2);
    const retried = dataOf(await graph(START_CHECKOUT, { input }, as(fan))).startCheckout;
    expect(retried.order.status).toBe('PENDING');
    expect(retried.paymentUrl).toBe(fake.sessionOf(retried.order.id)!.url);
  });
});
