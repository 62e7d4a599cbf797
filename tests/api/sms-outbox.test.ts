import crypto from 'node:crypto';
import pino from 'pino';
import type { LocalService } from '../../server/src/infra/embedded-postgres';
import { startLocalRedis } from '../../server/src/infra/local-redis';
import { dataOf, graph } from '../support/graph';
import { startIsolatedStack, type IsolatedStack } from '../support/isolated';
import { startFakeTwilio, type FakeTwilio } from '../fakes/twilio-server';

const SIGN_UP = `mutation ($input: LeadSignupInput!) { signUp(input: $input) { id } }`;

let twilioFake: FakeTwilio;
let stack: IsolatedStack;
let revivedRedis: LocalService | undefined;

beforeAll(async () => {
  twilioFake = await startFakeTwilio();
  stack = await startIsolatedStack(twilioFake.env());
});

afterAll(async () => {
  await stack?.stop();
  await revivedRedis?.stop();
  await twilioFake?.close();
});

describe('the SMS outbox', () => {
  it('acknowledges signups while Redis is down and texts each confirmation exactly once when it is back', async () => {
    await stack.redis.stop();

    const phones = Array.from({ length: 5 }, () => `+1415${String(crypto.randomInt(2_000_000, 9_999_999))}`);
    for (const phone of phones) {
      const input = { name: 'Outage Fan', email: `outage-${crypto.randomUUID().slice(0, 8)}@example.test`, phone, consentSms: true };
      dataOf(await graph(SIGN_UP, { input }, { url: stack.server.url }));
    }
    await new Promise((r) => setTimeout(r, 1_500));
    expect(twilioFake.sent).toHaveLength(0);
    const waiting = await stack.sql(`SELECT status FROM sms_messages WHERE to_phone = ANY($1)`, [phones]);
    expect(waiting).toHaveLength(5);

    revivedRedis = await startLocalRedis(stack.redis.dir, pino({ level: 'warn' }), { port: stack.redis.port });
    await twilioFake.waitFor((sent) => phones.every((phone) => sent.some((text) => text.to === phone)), 30_000);
    await new Promise((r) => setTimeout(r, 2_000));
    for (const phone of phones) expect(twilioFake.sentTo(phone)).toHaveLength(1);
    const sent = await stack.sql(`SELECT status FROM sms_messages WHERE to_phone = ANY($1)`, [phones]);
    expect(sent.map((row) => row.status)).toEqual(Array(5).fill('SENT'));
  });
});
