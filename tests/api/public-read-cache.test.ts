import { eventually } from '../support/eventually';
import { dataOf, graph } from '../support/graph';
import { checkoutInput, publishedEvent, START_CHECKOUT } from '../support/ticketing';
import { createUser, type TestUser } from '../support/test-users';

const EVENT_PAGE = `query($id: ID!) { event(id: $id) { id title seatsAvailable ticketTypes { id available saleStatus } } }`;
const UPDATE_TITLE = `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id title } }`;
const FULL_EVENT = `query($id: ID!) { event(id: $id) { title description venue address startsAt endsAt timeZone capacity visibility } }`;

/** Anonymous public reads are answered from a short-lived cache that every catalogue change empties. */
describe('public read cache', () => {
  let admin: TestUser;
  let fan: TestUser;

  beforeAll(async () => {
    admin = await createUser('ADMIN');
    fan = await createUser('FAN');
  });

  it('answers the same anonymous read from the cache with the same answer, never a signed-in one', async () => {
    const event = await publishedEvent(admin, { capacity: 10 });
    const first = await graph(EVENT_PAGE, { id: event.id });
    const second = await graph(EVENT_PAGE, { id: event.id });
    expect(second.headers!.get('x-cache')).toBe('HIT');
    expect(second.data).toEqual(first.data);
    expect(dataOf(second).event).toMatchObject({ id: event.id, seatsAvailable: 10 });

    const signedIn = await graph(EVENT_PAGE, { id: event.id }, fan);
    expect(signedIn.headers!.get('x-cache')).toBeNull();
    expect(signedIn.data).toEqual(first.data);
  });

  it('shows seats taken by a checkout and an admin edit within a second', async () => {
    const event = await publishedEvent(admin, { capacity: 10 });
    expect(dataOf(await graph(EVENT_PAGE, { id: event.id })).event.seatsAvailable).toBe(10);
    expect((await graph(EVENT_PAGE, { id: event.id })).headers!.get('x-cache')).toBe('HIT');

    dataOf(await graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 10 }]) }, fan));
    const soldOut = await eventually(async () => {
      const page = dataOf(await graph(EVENT_PAGE, { id: event.id })).event;
      return page.seatsAvailable === 0 && page;
    }, 'the anonymous event page to show the seats taken', 1500);
    expect(soldOut.ticketTypes[0]).toMatchObject({ available: 0, saleStatus: 'SOLD_OUT' });

    const details = dataOf(await graph(FULL_EVENT, { id: event.id }, admin)).event;
    dataOf(await graph(UPDATE_TITLE, { id: event.id, input: { ...details, title: 'Renamed for the cache test' } }, admin));
    await eventually(async () => dataOf(await graph(EVENT_PAGE, { id: event.id })).event.title === 'Renamed for the cache test', 'the new title', 1500);
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
