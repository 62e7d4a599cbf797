import crypto from 'node:crypto';
import { AccessTokens } from '../../server/src/modules/auth/access-tokens';
import { adminToken, auditEntries, refreshCookieOf, signIn } from '../support/accounts';
import { dataOf, errorOf, graph } from '../support/graph';
import { JWT_SECRET, startServer, type RunningServer } from '../support/processes';
import { SubscriptionClient } from '../support/subscriptions';
import { checkoutInput, COMPLETE_TEST_CHECKOUT, publishedEvent, START_CHECKOUT } from '../support/ticketing';
import { createUser, type TestUser } from '../support/test-users';

interface Stats {
  eventId: string;
  sold: number;
}
type Update = { checkInUpdated: Stats };
const CHECK_IN_UPDATED = `subscription($eventId: ID!) { checkInUpdated(eventId: $eventId) { eventId sold } }`;
const CREATE_TOKEN = `mutation($name: String!) { createApiToken(name: $name) { token apiToken { id } } }`;

/**
 * Two API processes on one Postgres and Redis: what ends a viewer's access on one closes the
 * viewer's sockets on both, and nothing they subscribed to is delivered afterwards.
 */
let one: RunningServer;
let two: RunningServer;
let admin: string;
let eventId: string;
let ticketTypeId: string;
let clients: SubscriptionClient[] = [];

beforeAll(async () => {
  [one, two] = await Promise.all([startServer({ RUN_WORKERS: 'false' }), startServer({ RUN_WORKERS: 'false' })]);
  admin = await adminToken(one.url);
  const event = await publishedEvent({ token: admin, url: one.url }, { capacity: 100 });
  eventId = event.id;
  ticketTypeId = event.ticketTypeIds[0];
});

afterEach(async () => {
  await Promise.all(clients.map((client) => client.close()));
  clients = [];
});

afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
});

function socket(server: RunningServer, token: string): SubscriptionClient {
  const client = new SubscriptionClient(server.wsUrl, token);
  clients.push(client);
  return client;
}

/** A door count subscription that has received its first push (so the socket is open and subscribed). */
async function watching(server: RunningServer, token: string) {
  const client = socket(server, token);
  const recording = client.subscribe<Update>(CHECK_IN_UPDATED, { eventId });
  await recording.waitFor(() => true);
  return { client, recording };
}

/** A sale on the event: every door still watching gets a new count. */
async function sell(): Promise<number> {
  const fan = await createUser('FAN', 'Buyer', one.url);
  const order = dataOf(await graph(START_CHECKOUT, { input: checkoutInput(eventId, [{ ticketTypeId, quantity: 1 }]) }, { token: fan.token, url: one.url })).startCheckout.order;
  dataOf(await graph(COMPLETE_TEST_CHECKOUT, { orderId: order.id, outcome: 'COMPLETED' }, { token: fan.token, url: one.url }));
  return dataOf(await graph(`query($id: ID!) { checkInStats(eventId: $id) { sold } }`, { id: eventId }, { token: admin, url: one.url })).checkInStats.sold;
}

const me = (token: string, server: RunningServer) => graph('{ me { id } }', {}, { token, url: server.url });

describe('live sockets follow the viewer', () => {
  it('closes the sockets of a signed-out session on every process with 4401, and only those', async () => {
    const volunteer = await createUser('VOLUNTEER', 'Door volunteer', one.url);
    const other = dataOf(await signIn(volunteer.email, 'a-good-long-password', one.url)).signIn.accessToken;
    const signedIn = await signIn(volunteer.email, 'a-good-long-password', one.url);
    const session = { token: dataOf(signedIn).signIn.accessToken as string, cookie: refreshCookieOf(signedIn)! };

    const onOne = await watching(one, session.token);
    const onTwo = await watching(two, session.token);
    const otherSession = await watching(two, other);

    dataOf(await graph('mutation SignOut { signOut }', {}, { cookie: session.cookie, url: one.url }));
    expect(await onOne.client.closed()).toMatchObject({ code: 4401, reason: 'Signed out' });
    expect(await onTwo.client.closed()).toMatchObject({ code: 4401, reason: 'Signed out' });

    // The signed-out session's access token is refused at once by both processes, over HTTP and websockets.
    for (const server of [one, two]) {
      const refused = await me(session.token, server);
      expect(refused.status).toBe(401);
      expect(errorOf(refused).extensions?.code).toBe('UNAUTHENTICATED');
    }
    const reconnect = socket(two, session.token);
    reconnect.subscribe(CHECK_IN_UPDATED, { eventId });
    expect(await reconnect.closed()).toMatchObject({ code: 4401, reason: 'This session has ended. Sign in again.' });

    // The other session of the same volunteer keeps its socket and its pushes.
    const sold = await sell();
    await otherSession.recording.waitFor((update) => update.checkInUpdated.sold === sold);
    expect(otherSession.client.isClosed).toBe(false);
    expect(onTwo.recording.events.map((update) => update.checkInUpdated.sold)).not.toContain(sold);
    expect(dataOf(await me(other, two)).me.id).toBe(volunteer.id);

    const [entry] = await auditEntries(admin, 'auth.signed_out', volunteer.id, one.url);
    expect(entry).toMatchObject({ actorId: volunteer.id, targetType: 'User' });
  });

  it('closes the sockets of a revoked API token on every process, and nothing more reaches them', async () => {
    const owner = await createUser('ADMIN', 'Integrating admin', one.url);
    const { token, apiToken } = dataOf(await graph(CREATE_TOKEN, { name: 'door feed' }, { token: owner.token, url: one.url })).createApiToken;
    const viaToken = await watching(two, token);
    const viaSession = await watching(two, owner.token);

    dataOf(await graph(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: apiToken.id }, { token: owner.token, url: one.url }));
    expect(await viaToken.client.closed()).toMatchObject({ code: 4401, reason: 'API token revoked' });

    const sold = await sell();
    await viaSession.recording.waitFor((update) => update.checkInUpdated.sold === sold);
    expect(viaToken.recording.events.map((update) => update.checkInUpdated.sold)).not.toContain(sold);
    expect(viaSession.client.isClosed).toBe(false);
  });

  it('closes every socket of a disabled or banned user with 4401, and of a user whose role changed with 4403', async () => {
    const disabled = await createUser('VOLUNTEER', 'Disabled volunteer', one.url);
    const banned = await createUser('VOLUNTEER', 'Banned volunteer', one.url);
    const demoted = await createUser('VOLUNTEER', 'Demoted volunteer', one.url);
    const sockets = await Promise.all([disabled, banned, demoted].map((user) => watching(two, user.token)));

    const setStatus = `mutation($userId: ID!, $status: UserStatus!) { setUserStatus(userId: $userId, status: $status) { id } }`;
    dataOf(await graph(setStatus, { userId: disabled.id, status: 'DISABLED' }, { token: admin, url: one.url }));
    dataOf(await graph(setStatus, { userId: banned.id, status: 'BANNED' }, { token: admin, url: one.url }));
    dataOf(await graph(`mutation($userId: ID!) { setUserRole(userId: $userId, role: FAN) { id } }`, { userId: demoted.id }, { token: admin, url: one.url }));

    expect(await sockets[0].client.closed()).toMatchObject({ code: 4401, reason: 'Account disabled' });
    expect(await sockets[1].client.closed()).toMatchObject({ code: 4401, reason: 'Account disabled' });
    expect(await sockets[2].client.closed()).toMatchObject({ code: 4403, reason: 'Role changed: reconnect' });

    // Reconnecting: the disabled user is refused, the demoted one connects with the rights of a fan.
    const again = socket(two, disabled.token);
    again.subscribe(CHECK_IN_UPDATED, { eventId });
    expect(await again.closed()).toMatchObject({ code: 4401, reason: 'This account is disabled.' });
    const asFan = socket(two, demoted.token).subscribe(CHECK_IN_UPDATED, { eventId });
    await asFan.ended();
    expect(asFan.errors.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(asFan.events).toEqual([]);
  });

  it('closes a socket with 4401 when its access token expires, and refuses an expired token with 4401, never 4500', async () => {
    const volunteer: TestUser = await createUser('VOLUNTEER', 'Short-lived volunteer', one.url);
    // Signed as the server signs them, with a lifetime of two seconds (the setting's floor is 30).
    const shortLived = new AccessTokens(JWT_SECRET, 2).issue(volunteer.id, crypto.randomUUID());
    const live = await watching(two, shortLived);
    expect(await live.client.closed()).toEqual({ code: 4401, reason: 'Access token expired: refresh it and reconnect' });

    const late = socket(two, shortLived);
    const refused = late.subscribe(CHECK_IN_UPDATED, { eventId });
    await refused.ended();
    expect(await late.closed()).toMatchObject({ code: 4401, reason: expect.stringMatching(/expired/) });
    expect(refused.events).toEqual([]);
    expect(two.output()).not.toMatch(/Please check your implementation|Internal error/);
  });
});
