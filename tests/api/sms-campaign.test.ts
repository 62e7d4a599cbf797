import crypto from 'node:crypto';
import { adminToken } from '../support/accounts';
import { dataOf, errorOf, graph } from '../support/graph';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import { finishedJob } from '../support/jobs-wait';
import { startWorker, type RunningProcess } from '../support/processes';
import { postTwilioWebhook, startFakeTwilio, type FakeTwilio } from '../fakes/twilio-server';

const SIGN_UP = `mutation ($input: LeadSignupInput!) { signUp(input: $input) { id } }`;
const CREATE_INTEREST = `mutation ($input: LeadInterestInput!) { createLeadInterest(input: $input) { key } }`;
const AUDIENCE = `query ($filter: LeadFilter) { leadCampaignAudienceCount(filter: $filter) { matching optedOut recipients } }`;
const SEND = `mutation ($input: CampaignInput!) { sendCampaign(input: $input) { id state } }`;
const CAMPAIGNS = `{ smsCampaigns(first: 5) { edges { node { name jobId ratePerSecond stats { recipients pending sent failed skipped } } } } }`;

const uniquePhone = () => `+1415${String(crypto.randomInt(2_000_000, 9_999_999))}`;

let twilioFake: FakeTwilio;
beforeAll(async () => {
  twilioFake = await startFakeTwilio();
});
afterAll(async () => {
  await twilioFake?.close();
});

/** Leads with a fresh interest, all with SMS consent; returns the interest key and their phones. */
async function audience(url: string, admin: string, size: number) {
  const { createLeadInterest } = dataOf(await graph(CREATE_INTEREST, { input: { label: `Campaign ${crypto.randomUUID().slice(0, 8)}` } }, { url, token: admin }));
  const phones = Array.from({ length: size }, uniquePhone);
  for (const [i, phone] of phones.entries()) {
    const input = { name: `Fan${i} Campaign`, email: `campaign-${crypto.randomUUID().slice(0, 8)}@example.test`, phone, consentSms: true, interests: [createLeadInterest.key] };
    dataOf(await graph(SIGN_UP, { input }, { url }));
  }
  return { interest: createLeadInterest.key as string, phones };
}

describe('SMS campaigns', () => {
  let stack: IsolatedServer;
  let admin: string;
  beforeAll(async () => {
    stack = await startIsolatedServer({ ...twilioFake.env(), SMS_CAMPAIGN_RATE: '5' });
    admin = await adminToken(stack.server.url);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('counts the audience exactly, texts it at the chosen rate with fields filled in, and skips opted-out numbers', async () => {
    const url = stack.server.url;
    const { interest, phones } = await audience(url, admin, 6);
    const withoutConsent = uniquePhone();
    dataOf(await graph(SIGN_UP, { input: { name: 'No Consent', phone: withoutConsent, consentSms: false, interests: [interest] } }, { url }));
    const stop = await postTwilioWebhook(url, '/webhooks/twilio/sms', { MessageSid: `SM${crypto.randomBytes(16).toString('hex')}`, From: phones[5], To: twilioFake.from, Body: 'STOP' }, { authToken: twilioFake.authToken });
    expect(stop.status).toBe(200);

    const filter = { interest, optedIn: null };
    expect(dataOf(await graph(AUDIENCE, { filter }, { url, token: admin })).leadCampaignAudienceCount).toEqual({ matching: 6, optedOut: 1, recipients: 5 });
    expect(errorOf(await graph(SEND, { input: { name: 'Too fast', message: 'Hi', filter, ratePerSecond: 50 } }, { url, token: admin })).extensions?.field).toBe('ratePerSecond');
    expect(errorOf(await graph(SEND, { input: { name: 'Typo', message: 'Hi {surname}', filter } }, { url, token: admin })).extensions?.field).toBe('message');

    const message = `Hi {first_name|there}! Gates open at 6pm (${crypto.randomUUID().slice(0, 6)})`;
    const { sendCampaign } = dataOf(await graph(SEND, { input: { name: 'Gates', message, filter, ratePerSecond: 2 } }, { url, token: admin }));
    const job = await finishedJob(sendCampaign.id, admin, url);
    expect(job).toMatchObject({ kind: 'sms.campaign', state: 'COMPLETED', processed: 6, total: 6 });
    expect(job.message).toBe('5 sent, 0 failed, 1 skipped (opted out) of 6');

    const campaignTexts = twilioFake.sent.filter((text) => text.body.includes('Gates open'));
    expect(campaignTexts.map((text) => text.to).sort()).toEqual(phones.slice(0, 5).sort());
    for (const [i, phone] of phones.slice(0, 5).entries()) {
      expect(twilioFake.sentTo(phone).filter((t) => t.body.includes('Gates open')).map((t) => t.body)).toEqual([message.replace('{first_name|there}', `Fan${i}`)]);
    }
    expect(twilioFake.sentTo(withoutConsent)).toHaveLength(0);
    // Two a second: the fifth text starts 2 s after the first at the earliest. Arrival times carry
    // the first request's latency, so allow half a second of it (unthrottled, all five take ~50 ms).
    expect(campaignTexts[4].at - campaignTexts[0].at).toBeGreaterThanOrEqual(1_500);

    const { smsCampaigns } = dataOf(await graph(CAMPAIGNS, {}, { url, token: admin }));
    expect(smsCampaigns.edges[0].node).toEqual({ name: 'Gates', jobId: sendCampaign.id, ratePerSecond: 2, stats: { recipients: 6, pending: 0, sent: 5, failed: 0, skipped: 1 } });
  });
});

describe('a campaign whose worker is killed mid-send', () => {
  let stack: IsolatedServer;
  const workers: RunningProcess[] = [];
  beforeAll(async () => {
    stack = await startIsolatedServer({ ...twilioFake.env(), RUN_WORKERS: 'false' });
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop('SIGKILL')));
    await stack?.stop();
  });

  it('resumes in another worker without texting anyone twice', async () => {
    const url = stack.server.url;
    const env = { ...twilioFake.env(), DATABASE_URL: stack.databaseUrl, REDIS_URL: stack.redis.url, PUBLIC_URL: url };
    const admin = await adminToken(url);
    const { interest, phones } = await audience(url, admin, 20);
    workers.push(startWorker(env));

    const body = `Resume test ${crypto.randomUUID().slice(0, 6)}`;
    const { sendCampaign } = dataOf(await graph(SEND, { input: { name: 'Resume', message: body, filter: { interest }, ratePerSecond: 4 } }, { url, token: admin }));
    const campaignTexts = () => twilioFake.sent.filter((text) => text.body === body);
    await twilioFake.waitFor(() => campaignTexts().length >= 5, 30_000);
    await workers[0].stop('SIGKILL');
    const textedBeforeKill = campaignTexts().length;
    expect(textedBeforeKill).toBeLessThan(20);

    workers.push(startWorker(env));
    const job = await finishedJob(sendCampaign.id, admin, url, 120_000);
    expect(job.state).toBe('COMPLETED');
    for (const phone of phones) expect(campaignTexts().filter((text) => text.to === phone).length).toBeLessThanOrEqual(1);
    const texted = new Set(campaignTexts().map((text) => text.to));
    // At most the one text in flight at the kill is lost (marked FAILED rather than risk a second text).
    expect(texted.size).toBeGreaterThanOrEqual(19);
    const [, sent, failed] = /^(\d+) sent, (\d+) failed, 0 skipped/.exec(job.message ?? '')!.map(Number);
    expect(sent + failed).toBe(20);
    expect(failed).toBeLessThanOrEqual(1);
    expect(texted.size).toBeGreaterThanOrEqual(sent);
  }, 180_000);
});
