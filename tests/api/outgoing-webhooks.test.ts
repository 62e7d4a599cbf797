import crypto from 'node:crypto';
import { adminToken } from '../support/accounts';
import { dataOf, errorOf, graph, uniqueEmail } from '../support/graph';
import { eventually } from '../support/eventually';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import { finishedJob } from '../support/jobs-wait';
import { createUser } from '../support/test-users';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, START_CHECKOUT } from '../support/ticketing';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from '../fakes/webhook-receiver';

const CREATE = `mutation ($input: WebhookEndpointInput!) {
  createOutgoingWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes enabled secretHint } }
}`;
const UPDATE = `mutation ($id: ID!, $input: WebhookEndpointUpdate!) { updateOutgoingWebhookEndpoint(id: $id, input: $input) { id enabled eventTypes } }`;
const ENDPOINTS = `{ outgoingWebhookEndpoints(first: 50) { totalCount edges { node { id url } } } }`;
const DELIVERIES = `query ($id: ID!, $status: WebhookDeliveryStatus) {
  outgoingWebhookEndpoint(id: $id) { deliveries(first: 50, status: $status) { totalCount edges { node { id eventId eventType status attempts responseStatus lastError deliveredAt payload } } } }
}`;
const REDELIVER = `mutation ($id: ID!) { redeliverOutgoingWebhook(deliveryId: $id) { id eventId status } }`;
const SIGN_UP = `mutation ($input: LeadSignupInput!) { signUp(input: $input) { id } }`;
const REFUND = `mutation ($orderId: ID!, $ticketIds: [ID!]) { refundOrder(orderId: $orderId, ticketIds: $ticketIds) { id } }`;
const CHECK_IN = `mutation ($eventId: ID!, $code: String!) { checkInTicket(eventId: $eventId, code: $code) { status } }`;
const CANCEL_CHECKOUT = `mutation ($id: ID!) { cancelCheckout(orderId: $id) { id status } }`;
const USERS_EXPORT = `mutation { startUsersExport { id } }`;

/** What an integrator's server does with a request: check the signature over "<timestamp>.<body>". */
function verified(hook: ReceivedWebhook, secret: string): boolean {
  const timestamp = String(hook.headers['matchday-webhook-timestamp']);
  const expected = `v1=${crypto.createHmac('sha256', secret).update(`${timestamp}.${hook.body}`).digest('hex')}`;
  const given = String(hook.headers['matchday-webhook-signature']);
  return given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

let stack: IsolatedServer;
let receiver: WebhookReceiver;
let admin: string;
let url: string;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  // Fast retries so a day of backoff fits in a test: 1 s, 2 s, then the 5 s window closes.
  stack = await startIsolatedServer({ WEBHOOK_RETRY_BASE_SECONDS: '1', WEBHOOK_RETRY_FOR_SECONDS: '5', WEBHOOK_TIMEOUT_SECONDS: '60' });
  url = stack.server.url;
  admin = await adminToken(url);
});
afterAll(async () => {
  receiver?.release();
  await stack?.stop();
  await receiver?.stop();
});

const asAdmin = () => ({ url, token: admin });

async function endpoint(path: string, eventTypes: string[]) {
  const created = dataOf(await graph(CREATE, { input: { url: `${receiver.url}${path}`, eventTypes, description: path } }, asAdmin())).createOutgoingWebhookEndpoint;
  return { id: created.endpoint.id as string, secret: created.secret as string };
}

async function deliveries(endpointId: string, status?: string) {
  return dataOf(await graph(DELIVERIES, { id: endpointId, status }, asAdmin())).outgoingWebhookEndpoint.deliveries.edges.map((e: any) => e.node);
}

describe('outgoing webhooks', () => {
  it('are registered by admins only, with a checked URL and a secret shown once', async () => {
    const fan = await createUser('FAN', 'Webhook Fan', url);
    expect(errorOf(await graph(CREATE, { input: { url: `${receiver.url}/x`, eventTypes: ['ORDER_PAID'] } }, { url, token: fan.token })).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await graph(CREATE, { input: { url: 'ftp://example.com/hook', eventTypes: ['ORDER_PAID'] } }, asAdmin())).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(errorOf(await graph(CREATE, { input: { url: 'not a url', eventTypes: ['ORDER_PAID'] } }, asAdmin())).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(errorOf(await graph(CREATE, { input: { url: `${receiver.url}/x`, eventTypes: [] } }, asAdmin())).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventTypes' });

    const created = dataOf(await graph(CREATE, { input: { url: `${receiver.url}/registered`, eventTypes: ['ORDER_PAID', 'ORDER_PAID', 'JOB_COMPLETED'] } }, asAdmin())).createOutgoingWebhookEndpoint;
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    expect(created.endpoint).toMatchObject({ url: `${receiver.url}/registered`, eventTypes: ['ORDER_PAID', 'JOB_COMPLETED'], enabled: true, secretHint: `${created.secret.slice(0, 10)}…` });
    // The secret is never readable again: the type has no field for it.
    expect(errorOf(await graph(`query ($id: ID!) { outgoingWebhookEndpoint(id: $id) { secret } }`, { id: created.endpoint.id }, asAdmin())).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const listed = dataOf(await graph(ENDPOINTS, {}, asAdmin())).outgoingWebhookEndpoints.edges.map((e: any) => e.node.id);
    expect(listed).toContain(created.endpoint.id);
    expect(dataOf(await graph(UPDATE, { id: created.endpoint.id, input: { enabled: false } }, asAdmin())).updateOutgoingWebhookEndpoint.enabled).toBe(false);
  });

  it('sends each subscribed event, signed, to the endpoints that want it', async () => {
    const all = await endpoint('/all', ['ORDER_PAID', 'ORDER_REFUNDED', 'ORDER_CANCELLED', 'TICKET_CHECKED_IN', 'LEAD_CREATED', 'JOB_COMPLETED']);
    const ordersOnly = await endpoint('/orders', ['ORDER_PAID']);
    const fan = await createUser('FAN', 'Hook Buyer', url);
    const event = await publishedEvent(asAdmin(), { capacity: 10 });

    const order = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 2 }]) }, { url, token: fan.token })).startCheckout.order;
    const paid = dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: order.id, outcome: 'COMPLETED' }, { url, token: fan.token })).completeTestCheckout;
    dataOf(await graph(REFUND, { orderId: order.id, ticketIds: [paid.tickets[0].id] }, asAdmin()));
    expect(dataOf(await graph(CHECK_IN, { eventId: event.id, code: paid.tickets[1].code }, asAdmin())).checkInTicket.status).toBe('OK');
    const abandoned = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }]) }, { url, token: fan.token })).startCheckout.order;
    dataOf(await graph(CANCEL_CHECKOUT, { id: abandoned.id }, { url, token: fan.token }));
    const leadEmail = uniqueEmail('hook-lead');
    dataOf(await graph(SIGN_UP, { input: { name: 'Hook Lead', email: leadEmail, consentSms: false } }, { url }));
    const job = dataOf(await graph(USERS_EXPORT, {}, asAdmin())).startUsersExport;
    await finishedJob(job.id, admin, url);

    const types = ['order.paid', 'order.refunded', 'ticket.checked_in', 'order.cancelled', 'lead.created', 'job.completed'];
    const got = await eventually(async () => {
      const hooks = receiver.at('/all');
      return types.every((t) => hooks.some((h) => h.event.type === t)) && hooks;
    }, 'every event at /all');
    for (const hook of got) {
      expect(verified(hook, all.secret)).toBe(true);
      expect(hook.headers['matchday-webhook-id']).toBe(hook.event.id);
      expect(hook.headers['content-type']).toBe('application/json');
    }
    const of = (type: string) => got.filter((h) => h.event.type === type).map((h) => h.event.data);
    expect(of('order.paid')).toEqual([expect.objectContaining({ order: expect.objectContaining({ id: order.id, status: 'PAID', eventId: event.id, buyerId: fan.id, totalCents: 5000 }) })]);
    expect(of('order.refunded')).toEqual([{ orderId: order.id, refund: expect.objectContaining({ amountCents: 2500, reason: 'REQUESTED_BY_ADMIN' }) }]);
    expect(of('ticket.checked_in')).toEqual([{ ticket: expect.objectContaining({ id: paid.tickets[1].id, status: 'CHECKED_IN', orderId: order.id }) }]);
    expect(of('order.cancelled')).toEqual([{ order: expect.objectContaining({ id: abandoned.id, status: 'CANCELLED' }) }]);
    expect(of('lead.created')).toEqual([{ lead: expect.objectContaining({ email: leadEmail, consentSms: false }) }]);
    expect(of('job.completed')).toEqual([{ job: expect.objectContaining({ id: job.id, kind: 'users.export', state: 'COMPLETED' }) }]);

    // The orders-only endpoint got its one event, signed with its own secret.
    const ordersHooks = await eventually(async () => receiver.at('/orders').length >= 1 && receiver.at('/orders'), 'order.paid at /orders');
    expect(ordersHooks.map((h) => h.event.type)).toEqual(['order.paid']);
    expect(verified(ordersHooks[0], ordersOnly.secret)).toBe(true);
    expect(verified(ordersHooks[0], all.secret)).toBe(false);
    const log = await eventually(async () => {
      const rows = await deliveries(ordersOnly.id);
      return rows.every((d: any) => d.status === 'SUCCEEDED') && rows;
    }, 'the delivery log to show success');
    expect(log).toEqual([expect.objectContaining({ eventType: 'ORDER_PAID', status: 'SUCCEEDED', attempts: 1, responseStatus: 200, lastError: null, payload: ordersHooks[0].body })]);
  });

  it('keeps retrying while the receiver is down and delivers once it is back', async () => {
    const hook = await endpoint('/downtime', ['LEAD_CREATED']);
    await receiver.stop();
    try {
      dataOf(await graph(SIGN_UP, { input: { name: 'Down Time', email: uniqueEmail('down'), consentSms: false } }, { url }));
      const waiting = await eventually(async () => {
        const [row] = await deliveries(hook.id);
        return row?.attempts >= 1 && row;
      }, 'a failed first attempt');
      expect(waiting).toMatchObject({ status: 'PENDING', responseStatus: null, lastError: 'The endpoint refused the connection' });
    } finally {
      await receiver.start();
    }
    const [delivered] = await eventually(async () => {
      const rows = await deliveries(hook.id, 'SUCCEEDED');
      return rows.length === 1 && rows;
    }, 'the delivery after the downtime');
    expect(delivered.attempts).toBeGreaterThanOrEqual(2);
    expect(receiver.at('/downtime').map((h) => h.event.id)).toEqual([delivered.eventId]);
  });

  it('marks a delivery FAILED when its retry window closes, and an admin can redeliver it', async () => {
    const hook = await endpoint('/broken', ['LEAD_CREATED']);
    receiver.mode('/broken', 'error');
    dataOf(await graph(SIGN_UP, { input: { name: 'Broken End', email: uniqueEmail('broken'), consentSms: false } }, { url }));
    const [failed] = await eventually(async () => {
      const rows = await deliveries(hook.id, 'FAILED');
      return rows.length === 1 && rows;
    }, 'the delivery to fail for good');
    expect(failed).toMatchObject({ responseStatus: 500, lastError: 'The endpoint answered HTTP 500', deliveredAt: null });
    expect(failed.attempts).toBeGreaterThanOrEqual(2);
    expect(receiver.at('/broken').length).toBe(failed.attempts);

    receiver.mode('/broken', 'ok');
    const again = dataOf(await graph(REDELIVER, { id: failed.id }, asAdmin())).redeliverOutgoingWebhook;
    expect(again).toMatchObject({ eventId: failed.eventId, status: 'PENDING' });
    await eventually(async () => (await deliveries(hook.id, 'SUCCEEDED')).some((d: any) => d.id === again.id), 'the redelivery');
    expect(receiver.at('/broken').at(-1)!.event.id).toBe(failed.eventId);
    const fan = await createUser('FAN', 'Nosy', url);
    expect(errorOf(await graph(REDELIVER, { id: failed.id }, { url, token: fan.token })).extensions?.code).toBe('FORBIDDEN');
  });

  it('one endpoint that never answers does not hold up another', async () => {
    const stuck = await endpoint('/stuck', ['LEAD_CREATED']);
    const healthy = await endpoint('/healthy', ['LEAD_CREATED']);
    receiver.mode('/stuck', 'hang');
    const emails = Array.from({ length: 6 }, () => uniqueEmail('crowd'));
    for (const email of emails) dataOf(await graph(SIGN_UP, { input: { name: 'Crowd Fan', email, consentSms: false } }, { url }));

    const arrived = await eventually(async () => {
      const got = receiver.at('/healthy').map((h) => h.event.data.lead.email).filter((e: string) => emails.includes(e));
      return got.length === emails.length && got;
    }, 'every event at the healthy endpoint');
    expect(arrived.sort()).toEqual([...emails].sort());
    // Meanwhile the stuck endpoint holds its requests open: none of its deliveries has finished.
    const stuckRows = await deliveries(stuck.id);
    expect(stuckRows).toHaveLength(emails.length);
    expect(stuckRows.filter((d: any) => d.status === 'SUCCEEDED')).toHaveLength(0);
    expect(receiver.at('/stuck').length).toBeLessThan(emails.length);
    expect((await deliveries(healthy.id, 'SUCCEEDED')).length).toBe(emails.length);
    receiver.mode('/stuck', 'ok');
    receiver.release();
  });
});
