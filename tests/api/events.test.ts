import { dataOf, errorOf, graph } from '../support/graph';
import { ADD_TICKET_TYPE, CREATE_EVENT, eventInput, EVENT_FIELDS, PUBLISH_EVENT, publishedEvent, ticketTypeInput } from '../support/ticketing';
import { createUser, type TestUser } from '../support/test-users';

const LIST = `query($search: String, $first: Int, $after: String, $from: DateTimeISO, $to: DateTimeISO) {
  events(search: $search, first: $first, after: $after, from: $from, to: $to) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title startsAt ticketTypes { id name available saleStatus } } }
  }
}`;
const EVENT = `query($id: ID, $accessKey: String) { event(id: $id, accessKey: $accessKey) { ${EVENT_FIELDS} ticketTypes { name available } } }`;

describe('events: organizers', () => {
  let admin: TestUser;
  let fan: TestUser;

  beforeAll(async () => {
    admin = await createUser('ADMIN', 'Olga Organizer');
    fan = await createUser('FAN');
  });

  it('creates a draft, adds ticket types, publishes, edits and cancels an event', async () => {
    const created = dataOf(await graph(CREATE_EVENT, { input: eventInput({ capacity: 50 }) }, admin)).createEvent;
    expect(created).toMatchObject({ status: 'DRAFT', visibility: 'PUBLIC', capacity: 50, seatsAvailable: 50, timeZone: 'Europe/London' });
    expect(created.accessKey.length).toBeGreaterThanOrEqual(32);
    expect(created.shareUrl).toContain(`/events/${created.id}?key=${created.accessKey}`);

    // A draft is invisible to fans and cannot be published without a ticket type.
    expect(dataOf(await graph(EVENT, { id: created.id }, fan)).event).toBeNull();
    expect(errorOf(await graph(PUBLISH_EVENT, { id: created.id }, admin)).message).toMatch(/ticket type/);

    const vip = dataOf(await graph(ADD_TICKET_TYPE, { eventId: created.id, input: ticketTypeInput({ name: 'VIP', priceCents: 9000, quantity: 10, maxPerOrder: 2 }) }, admin)).addTicketType;
    expect(vip).toMatchObject({ name: 'VIP', priceCents: 9000, currency: 'EUR', quantity: 10, maxPerOrder: 2, available: 10 });
    const otherCurrency = await graph(ADD_TICKET_TYPE, { eventId: created.id, input: ticketTypeInput({ currency: 'USD' }) }, admin);
    expect(errorOf(otherCurrency).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });

    const published = dataOf(await graph(PUBLISH_EVENT, { id: created.id }, admin)).publishEvent;
    expect(published.status).toBe('PUBLISHED');
    expect(dataOf(await graph(EVENT, { id: created.id }, fan)).event).toMatchObject({ title: created.title, ticketTypes: [{ name: 'VIP', available: 10 }] });

    const update = `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { title venue capacity } }`;
    const updated = dataOf(await graph(update, { id: created.id, input: { ...eventInput({ capacity: 80 }), title: 'Renamed match', venue: 'North Ground' } }, admin)).updateEvent;
    expect(updated).toEqual({ title: 'Renamed match', venue: 'North Ground', capacity: 80 });

    const cancel = `mutation($id: ID!) { cancelEvent(id: $id) { status cancelledAt } }`;
    expect(dataOf(await graph(cancel, { id: created.id }, admin)).cancelEvent.status).toBe('CANCELLED');
    expect(errorOf(await graph(update, { id: created.id, input: eventInput() }, admin)).extensions?.code).toBe('CONFLICT');

    const audit = `query($actorId: ID) { auditLog(actorId: $actorId, first: 50) { edges { node { action targetId } } } }`;
    const actions = dataOf(await graph(audit, { actorId: admin.id }, admin)).auditLog.edges.map((e: any) => e.node.action);
    expect(actions).toEqual(expect.arrayContaining(['event.created', 'ticket_type.created', 'event.published', 'event.updated', 'event.cancelled']));
  });

  it('checks each field of an event with a message naming it', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'title'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ capacity: 0 }, 'capacity'],
      [{ coverImageUrl: 'http://insecure.example/cover.png' }, 'coverImageUrl'],
      [{ endsAt: new Date(Date.now() - 1000).toISOString() }, 'endsAt'],
    ];
    for (const [change, field] of cases) {
      const result = await graph(CREATE_EVENT, { input: { ...eventInput(), ...change } }, admin);
      expect(errorOf(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('keeps capacity and quantities above what is already sold or held', async () => {
    const event = await publishedEvent(admin, { capacity: 5, ticketTypes: [ticketTypeInput({ quantity: 5, priceCents: 0 })] });
    const checkout = `mutation($input: CheckoutInput!) { startCheckout(input: $input) { order { status } } }`;
    dataOf(await graph(checkout, { input: { eventId: event.id, items: [{ ticketTypeId: event.ticketTypeIds[0], quantity: 3 }], idempotencyKey: `cap-${event.id}` } }, fan));
    const update = `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { capacity } }`;
    expect(errorOf(await graph(update, { id: event.id, input: eventInput({ capacity: 2 }) }, admin)).extensions).toMatchObject({ code: 'CONFLICT', field: 'capacity' });
    const updateType = `mutation($id: ID!, $input: TicketTypeInput!) { updateTicketType(id: $id, input: $input) { quantity } }`;
    const tooFew = await graph(updateType, { id: event.ticketTypeIds[0], input: ticketTypeInput({ quantity: 2, priceCents: 0 }) }, admin);
    expect(errorOf(tooFew).extensions).toMatchObject({ code: 'CONFLICT', field: 'quantity' });
    expect(dataOf(await graph(updateType, { id: event.ticketTypeIds[0], input: ticketTypeInput({ quantity: 4, priceCents: 0 }) }, admin)).updateTicketType.quantity).toBe(4);
  });

  it('refuses every organizer operation to fans and anonymous callers', async () => {
    const event = await publishedEvent(admin);
    const operations: [string, Record<string, unknown>][] = [
      [CREATE_EVENT, { input: eventInput() }],
      [`mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id } }`, { id: event.id, input: eventInput() }],
      [PUBLISH_EVENT, { id: event.id }],
      [`mutation($id: ID!) { cancelEvent(id: $id) { id } }`, { id: event.id }],
      [ADD_TICKET_TYPE, { eventId: event.id, input: ticketTypeInput() }],
      [`mutation($id: ID!, $input: TicketTypeInput!) { updateTicketType(id: $id, input: $input) { id } }`, { id: event.ticketTypeIds[0], input: ticketTypeInput() }],
      [`mutation($eventId: ID!) { createPromoCode(eventId: $eventId, input: { code: "FANS10", discountType: PERCENTAGE, amount: 10 }) { id } }`, { eventId: event.id }],
      [`query { adminEvents { totalCount } }`, {}],
      [`query { orders { totalCount } }`, {}],
      [`query($eventId: ID!) { attendees(eventId: $eventId) { totalCount } }`, { eventId: event.id }],
      [`query($eventId: ID!) { eventSales(eventId: $eventId) { sold } }`, { eventId: event.id }],
      [`mutation($id: ID!) { regenerateEventAccessKey(id: $id) { id } }`, { id: event.id }],
      [`query($id: ID!) { event(id: $id) { accessKey } }`, { id: event.id }],
    ];
    for (const [query, variables] of operations) {
      expect(errorOf(await graph(query, variables, fan)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await graph(query, variables)).extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('shows admins every event, drafts and private ones, with sales figures', async () => {
    const draft = await publishedEvent(admin, { publish: false, title: `Draft ${Date.now()}` });
    const adminEvents = `query($search: String) { adminEvents(search: $search) { totalCount edges { node { id status sales { capacity sold available } } } } }`;
    const found = dataOf(await graph(adminEvents, { search: draft.title }, admin)).adminEvents;
    expect(found.totalCount).toBe(1);
    expect(found.edges[0].node).toMatchObject({ id: draft.id, status: 'DRAFT', sales: { capacity: 100, sold: 0, available: 100 } });
  });
});

describe('events: fans browsing', () => {
  let admin: TestUser;
  const tag = `Browse${Date.now()}`;

  beforeAll(async () => {
    admin = await createUser('ADMIN');
  });

  it('lists upcoming public events soonest first, with search, a date range and pagination', async () => {
    const later = await publishedEvent(admin, { title: `${tag} later`, startsInHours: 48 });
    const sooner = await publishedEvent(admin, { title: `${tag} sooner`, startsInHours: 24 });
    const farOff = await publishedEvent(admin, { title: `${tag} far off`, startsInHours: 24 * 30 });
    await publishedEvent(admin, { title: `${tag} private`, visibility: 'PRIVATE' });
    await publishedEvent(admin, { title: `${tag} draft`, publish: false });

    const all = dataOf(await graph(LIST, { search: tag })).events;
    expect(all.edges.map((e: any) => e.node.id)).toEqual([sooner.id, later.id, farOff.id]);
    expect(all.edges[0].node.ticketTypes).toEqual([{ id: sooner.ticketTypeIds[0], name: 'General', available: 100, saleStatus: 'ON_SALE' }]);

    const page1 = dataOf(await graph(LIST, { search: tag, first: 2 })).events;
    expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = dataOf(await graph(LIST, { search: tag, first: 2, after: page1.pageInfo.endCursor })).events;
    expect(page2.edges.map((e: any) => e.node.id)).toEqual([farOff.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const within = dataOf(await graph(LIST, { search: tag, to: new Date(Date.now() + 36 * 3600_000).toISOString() })).events;
    expect(within.edges.map((e: any) => e.node.id)).toEqual([sooner.id]);
    const fromLater = dataOf(await graph(LIST, { search: tag, from: new Date(Date.now() + 24 * 10 * 3600_000).toISOString() })).events;
    expect(fromLater.edges.map((e: any) => e.node.id)).toEqual([farOff.id]);
  });

  it('never lists or finds a private event, and opens it only with its access key', async () => {
    const secret = await publishedEvent(admin, { title: `${tag} secret gathering`, visibility: 'PRIVATE' });
    const fan = await createUser('FAN');

    expect(dataOf(await graph(LIST, { search: 'secret gathering' })).events.edges.map((e: any) => e.node.id)).not.toContain(secret.id);
    expect(dataOf(await graph(LIST, { search: tag, first: 100 }, fan)).events.edges.map((e: any) => e.node.id)).not.toContain(secret.id);

    expect(dataOf(await graph(EVENT, { id: secret.id })).event).toBeNull();
    expect(dataOf(await graph(EVENT, { id: secret.id }, fan)).event).toBeNull();
    expect(dataOf(await graph(EVENT, { id: secret.id, accessKey: 'wrong-key' }, fan)).event).toBeNull();
    expect(dataOf(await graph(EVENT, { id: secret.id, accessKey: secret.accessKey })).event).toMatchObject({ id: secret.id, visibility: 'PRIVATE' });
    expect(dataOf(await graph(EVENT, { accessKey: secret.accessKey }, fan)).event).toMatchObject({ id: secret.id });

    // Buying needs the key too.
    const checkout = `mutation($input: CheckoutInput!) { startCheckout(input: $input) { order { status } } }`;
    const input = { eventId: secret.id, items: [{ ticketTypeId: secret.ticketTypeIds[0], quantity: 1 }], idempotencyKey: `private-${secret.id}` };
    expect(errorOf(await graph(checkout, { input }, fan)).extensions?.code).toBe('NOT_FOUND');
    expect(dataOf(await graph(checkout, { input: { ...input, accessKey: secret.accessKey } }, fan)).startCheckout.order.status).toBe('PENDING');

    // A new key locks the old link out.
    const regenerate = `mutation($id: ID!) { regenerateEventAccessKey(id: $id) { accessKey } }`;
    const fresh = dataOf(await graph(regenerate, { id: secret.id }, admin)).regenerateEventAccessKey.accessKey;
    expect(dataOf(await graph(EVENT, { id: secret.id, accessKey: secret.accessKey }, fan)).event).toBeNull();
    expect(dataOf(await graph(EVENT, { id: secret.id, accessKey: fresh }, fan)).event).toMatchObject({ id: secret.id });
  });
});
