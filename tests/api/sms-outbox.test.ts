import crypto from 'node:crypto';
import { adminToken } from '../support/accounts';
import { dataOf, graph } from '../support/graph';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import { startFakeTwilio, type FakeTwilio } from '../fakes/twilio-server';

const SIGN_UP = `mutation ($input: LeadSignupInput!) { signUp(input: $input) { id } }`;
const OUTBOX = `query ($to: String) { smsOutbox(to: $to) { edges { node { kind status } } } }`;

let twilioFake: FakeTwilio;
let stack: IsolatedServer;

beforeAll(async () => {
  twilioFake = await startFakeTwilio();
  stack = await startIsolatedServer(twilioFake.env());
});

afterAll(async () => {
  await stack?.stop();
  await twilioFake?.close();
});

describe('the SMS outbox', () => {
  it('acknowledges signups while Redis is down and texts each confirmation exactly once when it is back', async () => {
    const admin = await adminToken(stack.server.url);
    const statuses = async (phone: string) =>
      dataOf(await graph(OUTBOX, { to: phone }, { url: stack.server.url, token: admin })).smsOutbox.edges.map((e: { node: { status: string } }) => e.node.status);
    await stack.redis.stop();

    const phones = Array.from({ length: 5 }, () => `+1415${String(crypto.randomInt(2_000_000, 9_999_999))}`);
    for (const phone of phones) {
      const input = { name: 'Outage Fan', email: `outage-${crypto.randomUUID().slice(0, 8)}@example.test`, phone, consentSms: true };
      dataOf(await graph(SIGN_UP, { input }, { url: stack.server.url }));
    }
    await new Promise((r) => setTimeout(r, 1_500));
    expect(twilioFake.sent).toHaveLength(0);
    for (const phone of phones) expect(await statuses(phone)).toEqual([expect.stringMatching(/^(PENDING|QUEUED)$/)]);

    // Back on the same port, and empty: whatever the relay handed to the old Redis is gone.
    await stack.redis.start();
    await twilioFake.waitFor((sent) => phones.every((phone) => sent.some((text) => text.to === phone)), 30_000);
    await new Promise((r) => setTimeout(r, 2_000));
    for (const phone of phones) {
      expect(twilioFake.sentTo(phone)).toHaveLength(1);
      expect(await statuses(phone)).toEqual(['SENT']);
    }
  });
});
