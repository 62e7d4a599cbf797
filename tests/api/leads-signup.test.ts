import crypto from 'node:crypto';
import { dataOf, errorOf, graph, sql, uniqueEmail } from '../support/graph';
import { adminToken } from '../support/accounts';

const SIGN_UP = `mutation ($input: LeadSignupInput!) { signUp(input: $input) { id receivedAt } }`;
const LEADS = `query ($search: String) {
  leads(search: $search, first: 50) {
    totalCount
    edges { node { id name email phone zip interests optedOut consentSms consentText consentIp messages { kind toPhone status } } }
  }
}`;

/** A US mobile-looking number nobody else in the run uses. */
const uniquePhone = () => `+1415${String(crypto.randomInt(2_000_000, 9_999_999))}`;

function signUp(input: Record<string, unknown>) {
  return graph(SIGN_UP, { input: { name: 'Robin Fan', consentSms: false, ...input } });
}

async function leadsMatching(search: string) {
  return dataOf(await graph(LEADS, { search }, { token: await adminToken() })).leads;
}

describe('signUp validation', () => {
  it.each([
    ['name', { name: '   ' }],
    ['name', { name: 'x'.repeat(101) }],
    ['email', { email: 'not-an-email' }],
    ['email', { email: `${'a'.repeat(250)}@example.test` }],
    ['phone', { phone: '12345' }],
    ['phone', { phone: 'call me maybe' }],
    ['zip', { zip: '!!' }],
    ['zip', { zip: '12345678901' }],
    ['interests', { interests: ['no-such-interest'] }],
    ['interests', { interests: Array.from({ length: 31 }, (_, i) => `choice-${i}`) }],
    ['eventId', { eventId: 'not-an-id' }],
    ['idempotencyKey', { idempotencyKey: 'short' }],
    ['idempotencyKey', { idempotencyKey: 'k'.repeat(101) }],
  ])('refuses a bad %s with BAD_USER_INPUT naming it', async (field, input) => {
    const error = errorOf(await signUp({ email: uniqueEmail(), ...input }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(field);
    expect(error.message).toMatch(new RegExp(field === 'name' ? 'name' : field));
  });

  it('needs an email or a phone', async () => {
    const error = errorOf(await signUp({}));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('needs a phone to consent to texts', async () => {
    const error = errorOf(await signUp({ email: uniqueEmail(), consentSms: true }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
  });

  it('never echoes the submitted value in an error', async () => {
    const result = await signUp({ email: 'secret-value-123' });
    expect(JSON.stringify(result.errors)).not.toContain('secret-value-123');
  });
});

describe('signUp', () => {
  it('stores a lead with a normalised email, E.164 phone, zip and the consent wording, time and IP', async () => {
    const email = uniqueEmail('Signup');
    const local = String(crypto.randomInt(2_000_000, 9_999_999));
    const receipt = dataOf(await signUp({ email: `  ${email.toUpperCase()} `, phone: `(415) ${local.slice(0, 3)}-${local.slice(3)}`, zip: ' sw1a 1aa ', consentSms: true }));
    expect(receipt.signUp.id).toMatch(/^[0-9a-f-]{36}$/);

    const { edges } = await leadsMatching(email);
    expect(edges).toHaveLength(1);
    const lead = edges[0].node;
    expect(lead).toMatchObject({ email: email.toLowerCase(), phone: `+1415${local}`, zip: 'SW1A 1AA', consentSms: true, optedOut: false });
    expect(lead.consentText).toMatch(/Reply STOP/);
    expect(lead.consentIp).toBeTruthy();
  });

  it.each([
    ['(415) 555-2671 with the default country', '(415) 555-2671', '+14155552671'],
    ['a UK mobile', '+44 7911 123456', '+447911123456'],
    ['a French mobile', '+33 6 12 34 56 78', '+33612345678'],
    ['a German landline', '+49 30 901820', '+4930901820'],
    ['an Australian number', '+61 2 9374 4000', '+61293744000'],
    ['a number typed with dots', '212.736.5000', '+12127365000'],
  ])('normalises %s to E.164', async (_label, typed, expected) => {
    const email = uniqueEmail('phone');
    // Numbers are unique among leads: free this one from an earlier run of the same test.
    await sql(`DELETE FROM leads WHERE phone = $1`, [expected]);
    dataOf(await signUp({ email, phone: typed }));
    const { edges } = await leadsMatching(email);
    expect(edges[0].node.phone).toBe(expected);
  });

  it('answers a bot that fills the honeypot like anyone else, and keeps nothing', async () => {
    const email = uniqueEmail('bot');
    const receipt = dataOf(await signUp({ email, website: 'http://spam.example' }));
    expect(receipt.signUp.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await leadsMatching(email)).totalCount).toBe(0);
  });

  it('updates one lead when the same person signs up again by email or by phone', async () => {
    const email = uniqueEmail('again');
    const phone = uniquePhone();
    dataOf(await signUp({ name: 'First Name', email }));
    dataOf(await signUp({ name: 'Second Name', email: email.toUpperCase(), phone }));
    dataOf(await signUp({ name: 'Third Name', phone, zip: '94103' }));
    const { edges, totalCount } = await leadsMatching(email);
    expect(totalCount).toBe(1);
    expect(edges[0].node).toMatchObject({ name: 'Third Name', email, phone, zip: '94103' });
  });

  it('makes one lead from 20 identical signups arriving at once', async () => {
    const email = uniqueEmail('crowd');
    const phone = uniquePhone();
    const results = await Promise.all(Array.from({ length: 20 }, () => signUp({ email, phone, consentSms: true })));
    for (const result of results) dataOf(result);
    for (const search of [email, phone]) {
      const { totalCount, edges } = await leadsMatching(search);
      expect(totalCount).toBe(1);
      expect(edges[0].node.messages).toEqual([expect.objectContaining({ kind: 'CONFIRMATION', toPhone: phone })]);
    }
  });

  it('finds a lead by its phone typed the local way, but never by the digits inside other text', async () => {
    const email = uniqueEmail('phone-search');
    const phone = uniquePhone();
    dataOf(await signUp({ name: 'Pat Phone', email, phone }));
    const local = `(${phone.slice(2, 5)}) ${phone.slice(5, 8)}-${phone.slice(8)}`;
    expect((await leadsMatching(local)).edges.map((edge: any) => edge.node.email)).toEqual([email]);
    // Regression: the search "import-bad-1c5d5e" matched every phone containing "155".
    const digitsInText = `nobody-${phone.slice(5, 6)}x${phone.slice(6, 8)}`;
    expect((await leadsMatching(digitsInText)).totalCount).toBe(0);
  });

  it('returns the first answer to a retry with the same idempotencyKey', async () => {
    const idempotencyKey = crypto.randomUUID();
    const email = uniqueEmail('retry');
    const first = dataOf(await signUp({ email, idempotencyKey })).signUp;
    const again = dataOf(await signUp({ email, idempotencyKey, name: 'Changed Mind' })).signUp;
    expect(again).toEqual(first);
    const concurrentKey = crypto.randomUUID();
    const together = await Promise.all(Array.from({ length: 10 }, () => signUp({ email: uniqueEmail('same-key'), idempotencyKey: concurrentKey })));
    const ids = new Set(together.map((result) => dataOf(result).signUp.id));
    expect(ids.size).toBe(1);
    const { edges } = await leadsMatching(email);
    expect(edges[0].node.name).toBe('Robin Fan');
  });
});

describe('signing up for an event', () => {
  it('shows the form of a published event, records the event on the lead, and refuses unknown or draft events', async () => {
    const admin = await adminToken();
    const input = {
      title: `Fan fest ${crypto.randomUUID().slice(0, 6)}`,
      venue: 'Riverside Stadium',
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 3 * 3_600_000).toISOString(),
      timeZone: 'Europe/London',
      capacity: 500,
    };
    const { createEvent } = dataOf(await graph(`mutation ($input: EventInput!) { createEvent(input: $input) { id } }`, { input }, { token: admin }));
    const form = `query ($eventId: ID) { signupForm(eventId: $eventId) { eventId event { title venue } consentText } }`;
    expect(errorOf(await graph(form, { eventId: createEvent.id })).extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await signUp({ email: uniqueEmail('draft'), eventId: createEvent.id })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
    expect(errorOf(await signUp({ email: uniqueEmail('unknown'), eventId: crypto.randomUUID() })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });

    const ticketType = { name: 'Free entry', priceCents: 0, currency: 'GBP', quantity: 500 };
    dataOf(await graph(`mutation ($id: ID!, $input: TicketTypeInput!) { addTicketType(eventId: $id, input: $input) { id } }`, { id: createEvent.id, input: ticketType }, { token: admin }));
    dataOf(await graph(`mutation ($id: ID!) { publishEvent(id: $id) { id } }`, { id: createEvent.id }, { token: admin }));
    const { signupForm } = dataOf(await graph(form, { eventId: createEvent.id }));
    expect(signupForm).toMatchObject({ eventId: createEvent.id, event: { title: input.title, venue: 'Riverside Stadium' } });
    expect(signupForm.consentText).toMatch(/STOP/);

    const email = uniqueEmail('event');
    // The cache of open events may still hold "draft" for a few seconds.
    const deadline = Date.now() + 10_000;
    while ((await signUp({ email, eventId: createEvent.id })).errors) {
      if (Date.now() > deadline) throw new Error('The published event was not accepted');
      await new Promise((r) => setTimeout(r, 500));
    }
    const { leads } = dataOf(await graph(`query ($search: String) { leads(search: $search) { edges { node { eventIds events { id title } } } } }`, { search: email }, { token: admin }));
    expect(leads.edges[0].node).toEqual({ eventIds: [createEvent.id], events: [{ id: createEvent.id, title: input.title }] });
  });
});
