import crypto from 'node:crypto';
import { adminToken } from '../support/accounts';
import { dataOf, errorOf, graph, serverUrl, uniqueEmail } from '../support/graph';
import { finishedJob } from '../support/jobs-wait';
import { createUser } from '../support/test-users';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, START_CHECKOUT } from '../support/ticketing';

/** Mutations that send, charge or start work: a retry with the same idempotencyKey must not do it twice. */

const SIGN_UP = `mutation ($input: LeadSignupInput!) { signUp(input: $input) { id } }`;
const CREATE_INTEREST = `mutation ($input: LeadInterestInput!) { createLeadInterest(input: $input) { key } }`;
const SEND = `mutation ($input: CampaignInput!) { sendCampaign(input: $input) { id kind } }`;
const CAMPAIGNS = `{ smsCampaigns(first: 50) { edges { node { name jobId stats { recipients } } } } }`;
const REFUND = `mutation ($orderId: ID!, $ticketIds: [ID!], $key: String) {
  refundOrder(orderId: $orderId, ticketIds: $ticketIds, idempotencyKey: $key) { id status refundedCents refunds { amountCents } tickets { id status } }
}`;
const USERS_EXPORT = `mutation ($key: String) { startUsersExport(idempotencyKey: $key) { id kind } }`;
const LEAD_EXPORT = `mutation ($filter: LeadFilter, $key: String) { startLeadExport(filter: $filter, idempotencyKey: $key) { id kind } }`;
const ATTENDEES_EXPORT = `mutation ($eventId: ID!, $key: String) { startAttendeesExport(eventId: $eventId, idempotencyKey: $key) { id kind } }`;
const FIGURE_EXPORT = `mutation ($key: String) { startBusinessMetricsExport(figure: MRR, from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z", idempotencyKey: $key) { id kind } }`;
const START_IMPORT = `mutation ($input: LeadImportInput!) { startLeadImport(input: $input) { id kind } }`;
const LEADS = `query ($search: String) { leads(search: $search) { totalCount } }`;
const JOBS_OF_KIND = `{ jobs(first: 100) { edges { node { id kind } } } }`;

const key = () => crypto.randomUUID();
const uniquePhone = () => `+1415${String(crypto.randomInt(2_000_000, 9_999_999))}`;

let admin: string;
beforeAll(async () => {
  admin = await adminToken();
});
const asAdmin = () => ({ token: admin });

describe('idempotencyKey', () => {
  it('sendCampaign: the same key gives the first campaign once (each number texted once); other input with it is a CONFLICT', async () => {
    const { createLeadInterest } = dataOf(await graph(CREATE_INTEREST, { input: { label: `Idem ${crypto.randomUUID().slice(0, 8)}` } }, asAdmin()));
    for (const i of [1, 2]) {
      dataOf(await graph(SIGN_UP, { input: { name: `Fan${i} Idem`, email: uniqueEmail('idem'), phone: uniquePhone(), consentSms: true, interests: [createLeadInterest.key] } }));
    }
    const name = `Idem ${crypto.randomUUID().slice(0, 8)}`;
    const input = { name, message: 'Gates open at 6pm', filter: { interest: createLeadInterest.key }, idempotencyKey: key() };

    const first = dataOf(await graph(SEND, { input }, asAdmin())).sendCampaign;
    const again = dataOf(await graph(SEND, { input }, asAdmin())).sendCampaign;
    expect(again).toEqual(first);
    expect(await finishedJob(first.id, admin)).toMatchObject({ state: 'COMPLETED', total: 2 });

    const changed = errorOf(await graph(SEND, { input: { ...input, message: 'Gates open at 7pm' } }, asAdmin()));
    expect(changed.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    const campaigns = dataOf(await graph(CAMPAIGNS, {}, asAdmin())).smsCampaigns.edges.filter((e: any) => e.node.name === name);
    expect(campaigns.map((e: any) => e.node)).toEqual([{ name, jobId: first.id, stats: { recipients: 2 } }]);
  });

  it('refundOrder: the same key refunds once; the same key for other tickets is a CONFLICT that refunds nothing', async () => {
    const fan = await createUser('FAN');
    const event = await publishedEvent(asAdmin(), { capacity: 10 });
    const order = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 2 }]) }, { token: fan.token })).startCheckout.order;
    const paid = dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: order.id, outcome: 'COMPLETED' }, { token: fan.token })).completeTestCheckout;
    const [one, two] = paid.tickets.map((t: any) => t.id);
    const refundKey = key();

    const first = dataOf(await graph(REFUND, { orderId: order.id, ticketIds: [one], key: refundKey }, asAdmin())).refundOrder;
    expect(first).toMatchObject({ status: 'PAID', refundedCents: 2500, refunds: [{ amountCents: 2500 }] });
    const again = dataOf(await graph(REFUND, { orderId: order.id, ticketIds: [one], key: refundKey }, asAdmin())).refundOrder;
    expect(again).toMatchObject({ id: order.id, refundedCents: 2500, refunds: [{ amountCents: 2500 }] });

    const other = errorOf(await graph(REFUND, { orderId: order.id, ticketIds: [two], key: refundKey }, asAdmin()));
    expect(other.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    const after = dataOf(await graph(REFUND, { orderId: order.id, ticketIds: [one], key: refundKey }, asAdmin())).refundOrder;
    expect(after.tickets.find((t: any) => t.id === two).status).toBe('VALID');
  });

  it('the export mutations: the same key returns the same job; other arguments with it are a CONFLICT', async () => {
    const event = await publishedEvent(asAdmin());
    const cases: { query: string; field: string; vars: Record<string, unknown>; other?: Record<string, unknown> }[] = [
      { query: USERS_EXPORT, field: 'startUsersExport', vars: {} },
      { query: LEAD_EXPORT, field: 'startLeadExport', vars: { filter: { search: 'a' } }, other: { filter: { search: 'b' } } },
      { query: ATTENDEES_EXPORT, field: 'startAttendeesExport', vars: { eventId: event.id }, other: { eventId: crypto.randomUUID() } },
      { query: FIGURE_EXPORT, field: 'startBusinessMetricsExport', vars: {} },
    ];
    for (const { query, field, vars, other } of cases) {
      const k = key();
      const first = dataOf(await graph(query, { ...vars, key: k }, asAdmin()))[field];
      expect(dataOf(await graph(query, { ...vars, key: k }, asAdmin()))[field]).toEqual(first);
      // Without a key (or with another one) it is a new request.
      expect(dataOf(await graph(query, vars, asAdmin()))[field].id).not.toBe(first.id);
      expect(dataOf(await graph(query, { ...vars, key: key() }, asAdmin()))[field].id).not.toBe(first.id);
      if (other) expect(errorOf(await graph(query, { ...other, key: k }, asAdmin())).extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    }
  });

  it('startLeadImport: the same key imports the file once', async () => {
    const email = uniqueEmail('idem-import');
    const form = new FormData();
    form.append('file', new Blob([`name,email\nIdem Import,${email}\n`], { type: 'text/csv' }), 'idem.csv');
    const res = await fetch(`${serverUrl()}/uploads/leads`, { method: 'POST', body: form, headers: { authorization: `Bearer ${admin}` } });
    const { uploadId } = (await res.json()) as { uploadId: string };
    const input = { uploadId, mapping: { name: 0, email: 1 }, hasHeader: true, consentSms: false, idempotencyKey: key() };

    const first = dataOf(await graph(START_IMPORT, { input }, asAdmin())).startLeadImport;
    expect(dataOf(await graph(START_IMPORT, { input }, asAdmin())).startLeadImport).toEqual(first);
    expect(errorOf(await graph(START_IMPORT, { input: { ...input, consentSms: true } }, asAdmin())).extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(await finishedJob(first.id, admin)).toMatchObject({ state: 'COMPLETED', processed: 1 });
    expect(dataOf(await graph(LEADS, { search: email }, asAdmin())).leads.totalCount).toBe(1);
    const importJobs = dataOf(await graph(JOBS_OF_KIND, {}, asAdmin())).jobs.edges.filter((e: any) => e.node.id === first.id);
    expect(importJobs).toHaveLength(1);
  });

  it('racing requests with one key start one job: each gets that job or is told to retry', async () => {
    const k = key();
    const results = await Promise.all(Array.from({ length: 6 }, () => graph(USERS_EXPORT, { key: k }, asAdmin())));
    const ids = new Set(results.filter((r) => !r.errors).map((r) => r.data!.startUsersExport.id));
    expect(ids.size).toBe(1);
    for (const refused of results.filter((r) => r.errors)) expect(errorOf(refused).extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    // Once the first has answered, every retry gets its job.
    expect(dataOf(await graph(USERS_EXPORT, { key: k }, asAdmin())).startUsersExport.id).toBe([...ids][0]);
  });

  it('keys belong to their caller, must be 8 to 200 characters, and a failed first request frees its key', async () => {
    const k = key();
    const other = await createUser('ADMIN');
    const mine = dataOf(await graph(USERS_EXPORT, { key: k }, asAdmin())).startUsersExport;
    const theirs = dataOf(await graph(USERS_EXPORT, { key: k }, { token: other.token })).startUsersExport;
    expect(theirs.id).not.toBe(mine.id);

    expect(errorOf(await graph(USERS_EXPORT, { key: 'short' }, asAdmin())).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });

    const failing = key();
    const unknownEvent = crypto.randomUUID();
    expect(errorOf(await graph(ATTENDEES_EXPORT, { eventId: unknownEvent, key: failing }, asAdmin())).extensions?.code).toBe('NOT_FOUND');
    const event = await publishedEvent(asAdmin());
    expect(dataOf(await graph(ATTENDEES_EXPORT, { eventId: event.id, key: failing }, asAdmin())).startAttendeesExport.kind).toBe('events.attendees_export');
  });
});
