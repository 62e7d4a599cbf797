import { adminToken } from '../support/accounts';
import { eventually } from '../support/eventually';
import { dataOf, errorOf, graph, serverUrl } from '../support/graph';
import { SubscriptionClient } from '../support/subscriptions';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, START_CHECKOUT } from '../support/ticketing';
import { createFans, type TestUser } from '../support/test-users';
import { join, onSaleStats, PLACE_UPDATED, placeOf, REMOVE_ON_SALE, SET_ON_SALE, setOnSale, type Place } from '../support/waiting-room';

const wsUrl = () => serverUrl().replace(/^http/, 'ws') + '/graphql';
const EVENT_ON_SALE = `query($id: ID!) { event(id: $id) { id onSale { startsAt admissionsPerMinute passSeconds } } }`;

describe('the waiting room of a queued on-sale', () => {
  let admin: { token: string };
  const clients: SubscriptionClient[] = [];
  const follow = (fan: TestUser, eventId: string) => {
    const client = new SubscriptionClient(wsUrl(), fan.token);
    clients.push(client);
    return client.subscribe<{ waitingRoomUpdated: Place }>(PLACE_UPDATED, { eventId });
  };
  const buy = (fan: TestUser, event: { id: string; ticketTypeIds: string[] }) =>
    graph(START_CHECKOUT, { input: checkoutInput(event.id, [{ ticketTypeId: event.ticketTypeIds[0], quantity: 1 }]) }, fan);

  beforeAll(async () => {
    admin = { token: await adminToken() };
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
  });

  test('an admin sets it up with a start and a rate; bad settings are refused and fans cannot set it', async () => {
    const event = await publishedEvent(admin);
    const [fan] = await createFans(1);
    const input = { startsAt: new Date(Date.now() + 3600_000).toISOString(), admissionsPerMinute: 0, passSeconds: 300 };

    const zero = errorOf(await graph(SET_ON_SALE, { eventId: event.id, input }, admin));
    expect(zero.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'admissionsPerMinute' });
    const short = errorOf(await graph(SET_ON_SALE, { eventId: event.id, input: { ...input, admissionsPerMinute: 100, passSeconds: 1 } }, admin));
    expect(short.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'passSeconds' });
    expect(errorOf(await graph(SET_ON_SALE, { eventId: event.id, input: { ...input, admissionsPerMinute: 100 } }, fan)).extensions?.code).toBe('FORBIDDEN');
    expect(dataOf(await graph(EVENT_ON_SALE, { id: event.id })).event.onSale).toBeNull();

    await setOnSale(admin, event.id, { startsAt: input.startsAt, admissionsPerMinute: 100 });
    expect(dataOf(await graph(EVENT_ON_SALE, { id: event.id })).event.onSale).toEqual({ startsAt: input.startsAt, admissionsPerMinute: 100, passSeconds: 300 });
  });

  test('before the start fans wait and cannot check out; one place per account, however many tabs', async () => {
    const event = await publishedEvent(admin);
    const [fan, other] = await createFans(2);
    await setOnSale(admin, event.id, { startsInMs: 3600_000 });

    const early = errorOf(await buy(fan, event));
    expect(early.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WAITING_ROOM' });
    expect(early.message).toMatch(/go on sale at/);

    expect((await placeOf(fan, event.id)).phase).toBe('NOT_JOINED');
    const tabs = await Promise.all([join(fan, event.id), join(fan, event.id), join(fan, event.id)]);
    expect(tabs.map((tab) => tab.phase)).toEqual(['BEFORE_START', 'BEFORE_START', 'BEFORE_START']);
    await join(fan, event.id);
    await join(other, event.id);
    expect(await onSaleStats(admin, event.id)).toMatchObject({ queued: 2, admitted: 0 });
  });

  test('fans who came before the start get a shuffled place at the start; later ones queue in arrival order and are admitted in order', async () => {
    const event = await publishedEvent(admin, { capacity: 500, ticketTypes: [{ quantity: 500 }] });
    const early = await createFans(30);
    const late = await createFans(5);
    // Long enough for 30 joins on a busy machine: every early join must land before the start.
    await setOnSale(admin, event.id, { startsInMs: 12_000, admissionsPerMinute: 60 });
    for (const fan of early) expect((await join(fan, event.id)).phase).toBe('BEFORE_START');

    const startsAtIso = (await placeOf(early[0], event.id)).startsAt!;
    const startsAt = new Date(startsAtIso).getTime();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, startsAt - Date.now()) + 300));
    const lateJoins: Place[] = [];
    for (const fan of late) lateJoins.push(await join(fan, event.id));

    // The early crowd holds places 1-30 in some order, and not the order they came in (one fan
    // or two may already be admitted: the first second's worth goes in at the start).
    const earlyPlaces = await Promise.all(early.map((fan) => placeOf(fan, event.id)));
    expect(earlyPlaces.every((place) => place.phase === 'QUEUED' || place.phase === 'ADMITTED')).toBe(true);
    const queuedEarly = earlyPlaces.filter((place) => place.phase === 'QUEUED').map((place) => place.place!);
    expect(queuedEarly.length).toBeGreaterThanOrEqual(25);
    expect(new Set(queuedEarly).size).toBe(queuedEarly.length);
    expect(queuedEarly.every((place) => place >= 1 && place <= 30)).toBe(true);
    expect(queuedEarly).not.toEqual([...queuedEarly].sort((x, y) => x - y));
    // Later arrivals come after all of them, in the order they arrived, and keep their place.
    expect(lateJoins.map((place) => place.place)).toEqual([31, 32, 33, 34, 35]);
    expect((await placeOf(late[4], event.id)).place).toBe(35);

    // Admission follows the places.
    const backToFront = [...early, ...late]
      .map((fan, i) => ({ fan, place: i < 30 ? earlyPlaces[i].place : lateJoins[i - 30].place }))
      .filter((entry): entry is { fan: TestUser; place: number } => entry.place !== null)
      .sort((x, y) => y.place - x.place);
    let admittedSeen = 0;
    for (let round = 0; round < 3; round++) {
      // Read back to front: a fan read later was admitted earlier, if admission keeps the order.
      let seenAdmitted = false;
      for (const { fan, place } of backToFront) {
        const phase = (await placeOf(fan, event.id)).phase;
        if (phase === 'ADMITTED') {
          seenAdmitted = true;
          admittedSeen++;
        } else if (seenAdmitted) throw new Error(`place ${place} was still ${phase} after a fan behind it was admitted`);
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(admittedSeen).toBeGreaterThan(0);

    // The rate changes live: everyone is in within moments.
    await setOnSale(admin, event.id, { startsAt: startsAtIso, admissionsPerMinute: 6000 });
    await eventually(async () => (await onSaleStats(admin, event.id)).admitted === 35, 'everyone admitted at the new rate');
    expect(await onSaleStats(admin, event.id)).toMatchObject({ queued: 0, admitted: 35, passesActive: 35, onSale: { admissionsPerMinute: 6000 } });
  });

  test('admission gives a pass for checkout; a pass that runs out unused gives its slot to the next fan', async () => {
    const event = await publishedEvent(admin);
    const [first, second, stranger] = await createFans(3);
    // One fan a minute: the second fan gets in this soon only through the first one's unused pass.
    await setOnSale(admin, event.id, { startsInMs: 1000, admissionsPerMinute: 1, passSeconds: 5 });
    await join(first, event.id);
    await join(second, event.id);
    const firstFeed = follow(first, event.id);
    const secondFeed = follow(second, event.id);

    await eventually(async () => (await onSaleStats(admin, event.id)).admitted === 1, 'the first admission');
    const [a, b] = [await placeOf(first, event.id), await placeOf(second, event.id)];
    const [admitted, waiting, admittedFeed, waitingFeed] = a.phase === 'ADMITTED' ? [first, second, firstFeed, secondFeed] : [second, first, secondFeed, firstFeed];
    expect([a.phase, b.phase].sort()).toEqual(['ADMITTED', 'QUEUED']);
    await waitingFeed.waitFor(({ waitingRoomUpdated: place }) => place.phase === 'QUEUED' && place.ahead === 0 && place.place === 2);
    const pass = await admittedFeed.waitFor(({ waitingRoomUpdated: place }) => place.phase === 'ADMITTED');
    expect(new Date(pass.waitingRoomUpdated.passExpiresAt!).getTime()).toBeGreaterThan(Date.now());
    expect(errorOf(await buy(stranger, event)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WAITING_ROOM' });

    await admittedFeed.waitFor(({ waitingRoomUpdated: place }) => place.phase === 'PASS_EXPIRED');
    expect(errorOf(await buy(admitted, event)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WAITING_ROOM' });
    await waitingFeed.waitFor(({ waitingRoomUpdated: place }) => place.phase === 'ADMITTED');
    const order = dataOf(await buy(waiting, event)).startCheckout.order;
    expect(order.status).toBe('PENDING');
    expect(await onSaleStats(admin, event.id)).toMatchObject({ admitted: 2, passesReturned: 1, passesActive: 1, passesUsed: 1, inCheckout: 1 });

    // A fan whose pass ran out queues again, at the back.
    expect(await join(admitted, event.id)).toMatchObject({ phase: 'QUEUED', place: 3, ahead: 0 });
  });

  test('fans in the queue hear "sold out" once the last ticket sells, and admission stops', async () => {
    const event = await publishedEvent(admin, { capacity: 1, ticketTypes: [{ quantity: 1 }] });
    const fans = await createFans(3);
    await setOnSale(admin, event.id, { startsInMs: 800, admissionsPerMinute: 1 });
    for (const fan of fans) await join(fan, event.id);
    const feeds = fans.map((fan) => follow(fan, event.id));

    await eventually(async () => (await onSaleStats(admin, event.id)).admitted === 1, 'the first admission');
    const places = await Promise.all(fans.map((fan) => placeOf(fan, event.id)));
    const holder = fans[places.findIndex((place) => place.phase === 'ADMITTED')];
    const others = fans.filter((fan) => fan !== holder);
    const otherFeeds = feeds.filter((_, i) => fans[i] !== holder);

    const checkout = dataOf(await buy(holder, event)).startCheckout;
    // The only seat is held: not gone yet, since an unpaid checkout may give it back.
    await Promise.all(otherFeeds.map((feed) => feed.waitFor(({ waitingRoomUpdated: place }) => place.stock === 'ALL_HELD' && place.phase === 'QUEUED', 10_000)));
    dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: checkout.order.id, outcome: 'COMPLETED' }, holder));
    await Promise.all(otherFeeds.map((feed) => feed.waitFor(({ waitingRoomUpdated: place }) => place.phase === 'SOLD_OUT' && place.stock === 'SOLD_OUT', 10_000)));
    expect(await placeOf(others[0], event.id)).toMatchObject({ phase: 'SOLD_OUT', stock: 'SOLD_OUT' });
    expect(await onSaleStats(admin, event.id)).toMatchObject({ admitted: 1, queued: 2, sold: 1, inCheckout: 0, stock: 'SOLD_OUT' });
  });

  test('events without a queued on-sale are open, and removing the queue opens the sale to everyone at once', async () => {
    const plain = await publishedEvent(admin);
    const [fan] = await createFans(1);
    expect(await join(fan, plain.id)).toMatchObject({ phase: 'OPEN', startsAt: null, place: null });
    expect(dataOf(await buy(fan, plain)).startCheckout.order.status).toBe('PENDING');

    const queued = await publishedEvent(admin);
    await setOnSale(admin, queued.id, { startsInMs: 3600_000 });
    await join(fan, queued.id);
    const feed = follow(fan, queued.id);
    await feed.waitFor(({ waitingRoomUpdated: place }) => place.phase === 'BEFORE_START');
    expect(dataOf(await graph(REMOVE_ON_SALE, { eventId: queued.id }, admin)).removeOnSale).toBe(true);
    await feed.waitFor(({ waitingRoomUpdated: place }) => place.phase === 'OPEN');
    expect(dataOf(await buy(fan, queued)).startCheckout.order.status).toBe('PENDING');
    expect(dataOf(await graph(REMOVE_ON_SALE, { eventId: queued.id }, admin)).removeOnSale).toBe(false);
  });
});
