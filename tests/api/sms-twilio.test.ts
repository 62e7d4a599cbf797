import crypto from 'node:crypto';
import { dataOf, errorOf, graph } from '../support/graph';
import { adminToken } from '../support/accounts';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import { postTwilioWebhook, startFakeTwilio, type FakeTwilio } from '../fakes/twilio-server';

const SIGN_UP = `mutation ($input: LeadSignupInput!) { signUp(input: $input) { id } }`;
const LEAD = `query ($search: String) { leads(search: $search) { edges { node { id optedOut messages { direction kind body status providerSid error } } } } }`;
const REPLY = `mutation ($leadId: ID!, $body: String!) { replyToLead(leadId: $leadId, body: $body) { id status } }`;

let twilioFake: FakeTwilio;
let stack: IsolatedServer;
let admin: string;

beforeAll(async () => {
  twilioFake = await startFakeTwilio();
  stack = await startIsolatedServer(twilioFake.env());
  admin = await adminToken(stack.server.url);
});

afterAll(async () => {
  await stack?.stop();
  await twilioFake?.close();
});

const uniquePhone = () => `+1415${String(crypto.randomInt(2_000_000, 9_999_999))}`;
const email = () => `sms-${crypto.randomUUID().slice(0, 8)}@example.test`;

function signUp(input: Record<string, unknown>) {
  return graph(SIGN_UP, { input: { name: 'Sam Texter', consentSms: true, ...input } }, { url: stack.server.url });
}

async function leadByPhone(phone: string) {
  const { leads } = dataOf(await graph(LEAD, { search: phone }, { url: stack.server.url, token: admin }));
  return leads.edges[0]?.node;
}

function inbound(from: string, body: string, sid = `SM${crypto.randomBytes(16).toString('hex')}`) {
  return postTwilioWebhook(stack.server.url, '/webhooks/twilio/sms', { MessageSid: sid, From: from, To: twilioFake.from, Body: body, AccountSid: twilioFake.accountSid }, { authToken: twilioFake.authToken });
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('SMS through Twilio (the real SDK against a local fake)', () => {
  it('texts the signup confirmation once, and records delivery callbacks in order, replays included', async () => {
    const phone = uniquePhone();
    dataOf(await signUp({ email: email(), phone }));
    dataOf(await signUp({ email: email(), phone })); // the same person again: no second confirmation
    await twilioFake.waitFor(() => twilioFake.sentTo(phone).length >= 1);
    const [text] = twilioFake.sentTo(phone);
    expect(text.body).toMatch(/thanks for signing up, Sam Texter/);
    expect(text.from).toBe(twilioFake.from);
    expect(text.statusCallback).toBe(`${stack.server.url}/webhooks/twilio/status`);

    const sent = await until(() => leadByPhone(phone), (lead) => lead.messages[0]?.status === 'SENT', 'the SENT status');
    expect(sent.messages[0]).toMatchObject({ kind: 'CONFIRMATION', providerSid: text.sid });

    const callback = (status: string) =>
      postTwilioWebhook(stack.server.url, '/webhooks/twilio/status', { MessageSid: text.sid, MessageStatus: status, AccountSid: twilioFake.accountSid }, { authToken: twilioFake.authToken });
    expect((await callback('delivered')).status).toBe(204);
    expect((await callback('sent')).status).toBe(204); // late and out of order
    expect((await callback('delivered')).status).toBe(204); // replayed
    expect((await leadByPhone(phone)).messages[0].status).toBe('DELIVERED');

    await new Promise((r) => setTimeout(r, 1_000));
    expect(twilioFake.sentTo(phone)).toHaveLength(1);
  });

  it('refuses webhooks whose signature is missing, wrong or made for another URL, and stores nothing', async () => {
    const phone = uniquePhone();
    const params = { MessageSid: `SM${crypto.randomBytes(16).toString('hex')}`, From: phone, To: twilioFake.from, Body: 'STOP' };
    const path = '/webhooks/twilio/sms';
    expect((await postTwilioWebhook(stack.server.url, path, params, { authToken: twilioFake.authToken, signature: null })).status).toBe(403);
    expect((await postTwilioWebhook(stack.server.url, path, params, { authToken: 'not-the-token' })).status).toBe(403);
    expect((await postTwilioWebhook(stack.server.url, path, params, { authToken: twilioFake.authToken, signedUrl: 'https://evil.example/webhooks/twilio/sms' })).status).toBe(403);
    expect((await postTwilioWebhook(stack.server.url, '/webhooks/twilio/status', { MessageSid: 'SMx', MessageStatus: 'delivered' }, { authToken: 'wrong' })).status).toBe(403);
    const seen = dataOf(
      await graph(
        `query ($phone: String) { smsMessages(phone: $phone) { totalCount } auditLog(action: "twilio.signature_rejected") { totalCount } }`,
        { phone },
        { url: stack.server.url, token: admin },
      ),
    );
    expect(seen.smsMessages.totalCount).toBe(0);
    expect(seen.auditLog.totalCount).toBeGreaterThanOrEqual(4);
  });

  it('opts a number out on STOP (never texting it) and back in on START', async () => {
    const phone = uniquePhone();
    dataOf(await signUp({ email: email(), phone, consentSms: false }));
    const res = await inbound(phone, ' stop ');
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('<Message>');
    const lead = await leadByPhone(phone);
    expect(lead.optedOut).toBe(true);

    // Neither an admin reply nor a new signup with consent texts an opted-out number.
    expect(errorOf(await graph(REPLY, { leadId: lead.id, body: 'Still there?' }, { url: stack.server.url, token: admin })).extensions?.code).toBe('FORBIDDEN');
    dataOf(await signUp({ email: email(), phone, consentSms: true }));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(twilioFake.sentTo(phone)).toHaveLength(0);

    for (const keyword of ['STOPALL', 'unsubscribe', 'Cancel', 'END', 'quit']) {
      await inbound(phone, 'START');
      expect((await leadByPhone(phone)).optedOut).toBe(false);
      await inbound(phone, keyword);
      expect((await leadByPhone(phone)).optedOut).toBe(true);
    }
    await inbound(phone, 'UNSTOP');
    expect((await leadByPhone(phone)).optedOut).toBe(false);
    dataOf(await graph(REPLY, { leadId: lead.id, body: 'Welcome back!' }, { url: stack.server.url, token: admin }));
    await twilioFake.waitFor(() => twilioFake.sentTo(phone).some((t) => t.body === 'Welcome back!'));
  });

  it('answers HELP with the help text and keeps other texts on the conversation, once per MessageSid', async () => {
    const phone = uniquePhone();
    dataOf(await signUp({ email: email(), phone, consentSms: false }));
    const help = await inbound(phone, 'help');
    expect(help.headers.get('content-type')).toMatch(/text\/xml/);
    expect(await help.text()).toMatch(/<Response><Message>Matchday: .*STOP.*<\/Message><\/Response>/);

    const sid = `SM${crypto.randomBytes(16).toString('hex')}`;
    await inbound(phone, 'What time do the gates open?', sid);
    await inbound(phone, 'What time do the gates open?', sid); // Twilio retried the webhook
    const lead = await leadByPhone(phone);
    expect(lead.messages.map((m: { direction: string; kind: string; body: string }) => [m.direction, m.kind, m.body])).toEqual([
      ['INBOUND', 'INBOUND', 'help'],
      ['OUTBOUND', 'AUTO_REPLY', expect.stringMatching(/^Matchday: /)],
      ['INBOUND', 'INBOUND', 'What time do the gates open?'],
    ]);
  });

  it('marks a number opted out when Twilio refuses it as unsubscribed (21610)', async () => {
    const phone = uniquePhone();
    twilioFake.refuse(phone, 400, 21610);
    dataOf(await signUp({ email: email(), phone }));
    const lead = await until(() => leadByPhone(phone), (l) => l.messages[0]?.status === 'SKIPPED', 'the skipped confirmation');
    expect(lead.optedOut).toBe(true);
  });
});
