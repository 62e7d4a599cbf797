import { Redis } from 'ioredis';
import { eventually } from '../support/eventually';
import { dataOf, graph, serverUrl } from '../support/graph';
import { checkoutInput, publishedEvent, START_CHECKOUT } from '../support/ticketing';
import { createUser, type TestUser } from '../support/test-users';

const EVENT_PAGE = `query($id: ID!) { event(id: $id) { id title seatsAvailable ticketTypes { id available saleStatus } } }`;
const UPDATE_TITLE = `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id title } }`;
const FULL_EVENT = `query($id: ID!) { event(id: $id) { title description venue address startsAt endsAt timeZone capacity visibility } }`;

/**
 * A repeated read answered from the cache (every catalogue change, this suite's or a parallel one's,
 * empties it: a few tries may be needed).
 */
async function cachedRead(query: string, variables: Record<string, unknown>, who?: TestUser) {
  return eventually(async () => {
    const result = await graph(query, variables, who);
    return result.headers!.get('x-cache') === 'HIT' && result;
  }, 'a read answered from the cache');
}

/** Public reads are answered from a short-lived cache that every catalogue change empties. */
describe('public read cache', () => {
  let admin: TestUser;
  let fan: TestUser;

  beforeAll(async () => {
    admin = await createUser('ADMIN');
    fan = await createUser('FAN');
  });

  it('answers the same public read from the cache, for anonymous callers and fans alike, never for an admin', async () => {
    const event = await publishedEvent(admin, { capacity: 10 });
    const first = await graph(EVENT_PAGE, { id: event.id });
    const second = await cachedRead(EVENT_PAGE, { id: event.id });
    expect(second.data).toEqual(first.data);
    expect(dataOf(second).event).toMatchObject({ id: event.id, seatsAvailable: 10 });

    const signedIn = await cachedRead(EVENT_PAGE, { id: event.id }, fan);
    expect(signedIn.data).toEqual(first.data);

    // Admins see drafts: their answers are neither taken from nor put in the cache.
    const draft = await publishedEvent(admin, { publish: false });
    for (let i = 0; i < 2; i++) {
      const seen = await graph(EVENT_PAGE, { id: draft.id }, admin);
      expect(seen.headers!.get('x-cache')).toBeNull();
      expect(dataOf(seen).event).toMatchObject({ id: draft.id });
    }
    expect(dataOf(await graph(EVENT_PAGE, { id: draft.id })).event).toBeNull();
    expect(dataOf(await graph(EVENT_PAGE, { id: draft.id }, fan)).event).toBeNull();
  });

  it('charges every caller their own cost for a cached answer and tells them what they have left', async () => {
    const event = await publishedEvent(admin);
    await cachedRead(EVENT_PAGE, { id: event.id }, fan);
    const costOf = async (who: TestUser) => {
      const res = await fetch(`${serverUrl()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}` },
        body: JSON.stringify({ query: EVENT_PAGE, variables: { id: event.id } }),
      });
      const body = (await res.json()) as { extensions: { cost: { requested: number; actual: number; budget: { capacity: number; remaining: number } } } };
      return { hit: res.headers.get('x-cache') === 'HIT', cost: body.extensions.cost };
    };
    const other = await createUser('FAN');
    const mine = await costOf(fan);
    // The answer comes from the cache, and the charge lands in the new account's own bucket.
    const redis = new Redis(process.env.TEST_REDIS_URL!);
    const bucket = `budget:user:${other.id}`;
    expect(await redis.exists(bucket)).toBe(0);
    const theirs = await costOf(other);
    expect(await redis.exists(bucket)).toBe(1);
    await redis.quit();
    expect(theirs.hit).toBe(true);
    expect(mine.cost.actual).toBeGreaterThan(0);
    expect(theirs.cost).toMatchObject({ requested: mine.cost.requested, actual: mine.cost.actual });
    // Drawn from the caller's own budget: a new account's shows this read taken, nobody else's.
    expect(theirs.cost.budget.remaining).toBe(theirs.cost.budget.capacity - theirs.cost.actual);
  });

  it('never caches what depends on the caller (a member price) or a token that signs nobody in', async () => {
    const event = await publishedEvent(admin, { ticketTypes: [{ name: 'General', memberDiscountPercent: 20 }] });
    const priced = `query($id: ID!) { event(id: $id) { ticketTypes { viewerPriceCents } } }`;
    // Nobody signed in pays the plain price: that answer is shared between anonymous callers only.
    expect(dataOf(await cachedRead(priced, { id: event.id })).event.ticketTypes[0].viewerPriceCents).toBe(2500);
    const asFan = await graph(priced, { id: event.id }, fan);
    expect(asFan.headers!.get('x-cache')).toBeNull();
    expect((await graph(priced, { id: event.id }, fan)).headers!.get('x-cache')).toBeNull();

    await graph(EVENT_PAGE, { id: event.id });
    const badToken = await graph(EVENT_PAGE, { id: event.id }, { token: 'not-a-token' });
    expect(badToken.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows seats taken by a checkout and an admin edit within a second', async () => {
    const event = await publishedEvent(admin, { capacity: 10 });
    expect(dataOf(await cachedRead(EVENT_PAGE, { id: event.id })).event.seatsAvailable).toBe(10);

    dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 10 }]) }, fan));
    const soldOut = await eventually(async () => {
      const page = dataOf(await graph(EVENT_PAGE, { id: event.id })).event;
      return page.seatsAvailable === 0 && page;
    }, 'the anonymous event page to show the seats taken', 1000);
    expect(soldOut.ticketTypes[0]).toMatchObject({ available: 0, saleStatus: 'SOLD_OUT' });

    const details = dataOf(await graph(FULL_EVENT, { id: event.id }, admin)).event;
    dataOf(await graph(UPDATE_TITLE, { id: event.id, input: { ...details, title: 'Renamed for the cache test' } }, admin));
    // An edit is told at once: the very next read has it.
    expect(dataOf(await graph(EVENT_PAGE, { id: event.id })).event.title).toBe('Renamed for the cache test');
  });

  it('keeps errors and private events out of the cache', async () => {
    const hidden = await publishedEvent(admin, { visibility: 'PRIVATE' });
    const withKey = `query($id: ID!, $key: String) { event(id: $id, accessKey: $key) { id } }`;
    expect(dataOf(await graph(withKey, { id: hidden.id })).event).toBeNull();
    expect(dataOf(await graph(withKey, { id: hidden.id, key: hidden.accessKey })).event).toEqual({ id: hidden.id });
    // A different body (the key) is a different entry: the keyless answer never leaks the event.
    expect(dataOf(await graph(withKey, { id: hidden.id })).event).toBeNull();

    const bad = await graph(`query { events(first: 500) { totalCount } }`);
    const again = await graph(`query { events(first: 500) { totalCount } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.headers!.get('x-cache')).toBeNull();
  });
});
