import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { JobUpdatedDoc, subscriptions, syncOrders, verifyWebhook, type Matchday } from '../../examples/integrator/integrator';
import { adminToken } from '../support/accounts';
import { dataOf, graph, serverUrl } from '../support/graph';
import { eventually } from '../support/eventually';
import { createUser } from '../support/test-users';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, START_CHECKOUT } from '../support/ticketing';

/** examples/integrator does what docs/integrators.md says an integrator can do, against a real server. */

const ROOT = path.resolve(__dirname, '..', '..');

let matchday: Matchday;
let admin: string;
beforeAll(async () => {
  admin = await adminToken();
  const { createApiToken } = dataOf(await graph(`mutation { createApiToken(name: "Example integrator") { token } }`, {}, { token: admin }));
  matchday = { url: serverUrl(), token: createApiToken.token };
});

async function paidOrder() {
  const fan = await createUser('FAN', 'Example Buyer');
  const event = await publishedEvent({ token: admin });
  const order = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }]) }, { token: fan.token })).startCheckout.order;
  dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: order.id, outcome: 'COMPLETED' }, { token: fan.token }));
  return { id: order.id as string, buyer: fan.email };
}

describe('the example integrator', () => {
  it('syncs the orders that changed since its last run, page by page', async () => {
    const first = await paidOrder();
    const run1 = await syncOrders(matchday, new Date(Date.now() - 60_000).toISOString());
    expect(run1.orders.find((o) => o.id === first.id)).toMatchObject({ status: 'PAID', buyer: { email: first.buyer } });

    const second = await paidOrder();
    dataOf(await graph(`mutation ($id: ID!) { refundOrder(orderId: $id) { id } }`, { id: first.id }, { token: admin }));
    const run2 = await syncOrders(matchday, run1.nextSince);
    const ids = run2.orders.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    // Oldest change first: the refund of the first order came after the second order was paid.
    expect(ids.indexOf(second.id)).toBeLessThan(ids.lastIndexOf(first.id));
    expect(run2.orders.filter((o) => o.id === first.id).at(-1)!.status).toBe('REFUNDED');
  });

  it('runs as a script with its token in the environment', async () => {
    const order = await paidOrder();
    const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/ts-node'), ['examples/integrator/integrator.ts'], {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: '1', MATCHDAY_URL: matchday.url, MATCHDAY_TOKEN: matchday.token, SINCE: new Date(Date.now() - 60_000).toISOString() },
    });
    expect(stdout).toContain(`${order.id} PAID 2500 EUR ${order.buyer}`);
    expect(stdout).toMatch(/orders changed; next time run with SINCE=\d{4}-/);
  });

  it('holds a subscription with its token in connectionParams', async () => {
    const client = subscriptions(matchday);
    const seen = new Map<string, string[]>();
    try {
      client.subscribe(
        { query: print(JobUpdatedDoc), variables: {} },
        {
          next: ({ data }) => {
            const job = (data as { jobUpdated: { id: string; state: string } }).jobUpdated;
            seen.set(job.id, [...(seen.get(job.id) ?? []), job.state]);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      // The token's owner is an admin, so it sees the exports it starts. A job whose first update
      // arrives proves the subscription live; its COMPLETED always comes last.
      const job = await eventually(async () => {
        const { id } = dataOf(await graph(`mutation { startUsersExport { id } }`, {}, { token: matchday.token })).startUsersExport;
        return (await eventually(async () => seen.has(id), 'an update', 2_000).catch(() => false)) && id;
      }, 'a live subscription');
      expect(await eventually(async () => seen.get(job)?.includes('COMPLETED'), 'the export to complete')).toBe(true);
    } finally {
      await client.dispose();
    }
  });

  it('is signed in over a websocket whose token comes as connectionParams.headers.authorization too', async () => {
    const client = createClient({ url: `${matchday.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { headers: { authorization: `Bearer ${matchday.token}` } } });
    try {
      const answer = await new Promise<unknown>((resolve, reject) =>
        client.subscribe({ query: '{ me { role } }' }, { next: ({ data }) => resolve(data), error: reject, complete: () => undefined }),
      );
      expect(answer).toEqual({ me: { role: 'ADMIN' } });
    } finally {
      await client.dispose();
    }
  });

  it('verifies the signature of a webhook Matchday sends, and refuses a tampered one', async () => {
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
      const created = dataOf(await graph(`mutation ($url: String!) { createOutgoingWebhookEndpoint(input: { url: $url, eventTypes: [ORDER_PAID] }) { secret endpoint { id } } }`, { url }, { token: matchday.token })).createOutgoingWebhookEndpoint;
      const order = await paidOrder();
      const hook = await eventually(async () => received.find((r) => JSON.parse(r.body).data.order.id === order.id), 'the order.paid webhook');
      expect(verifyWebhook(created.secret, hook.headers, hook.body)).toBe(true);
      expect(verifyWebhook(created.secret, hook.headers, hook.body.replace('PAID', 'REFUNDED'))).toBe(false);
      expect(verifyWebhook('whsec_not-the-secret', hook.headers, hook.body)).toBe(false);
      const old = { ...hook.headers, 'matchday-webhook-timestamp': String(Math.floor(Date.now() / 1000) - 3600) };
      expect(verifyWebhook(created.secret, old, hook.body)).toBe(false);
      dataOf(await graph(`mutation ($id: ID!) { deleteOutgoingWebhookEndpoint(id: $id) }`, { id: created.endpoint.id }, { token: matchday.token }));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
