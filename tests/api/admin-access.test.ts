import { adminToken, auditEntries, register, signIn } from '../support/accounts';
import { dataOf, errorOf, graph } from '../support/graph';

const ADMIN_OPERATIONS: [string, string][] = [
  ['users', '{ users { totalCount } }'],
  ['auditLog', '{ auditLog { totalCount } }'],
  ['mailOutbox', '{ mailOutbox { totalCount } }'],
  ['setUserRole', `mutation { setUserRole(userId: "00000000-0000-4000-8000-000000000000", role: ADMIN) { id } }`],
  ['setUserStatus', `mutation { setUserStatus(userId: "00000000-0000-4000-8000-000000000000", status: ACTIVE) { id } }`],
];

const SET_ROLE = `mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { id role } }`;
const SET_STATUS = `mutation($id: ID!, $status: UserStatus!) { setUserStatus(userId: $id, status: $status) { id status } }`;
const CREATE_API_TOKEN = `mutation($name: String!) { createApiToken(name: $name) { token } }`;

describe('admin operations', () => {
  it.each(ADMIN_OPERATIONS)('%s: UNAUTHENTICATED for an anonymous caller', async (_name, query) => {
    expect(errorOf(await graph(query)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each(ADMIN_OPERATIONS)('%s: FORBIDDEN for a fan', async (_name, query) => {
    const fan = await register();
    expect(errorOf(await graph(query, {}, { token: fan.token })).extensions?.code).toBe('FORBIDDEN');
  });

  it.each(ADMIN_OPERATIONS)('%s: FORBIDDEN for a volunteer', async (_name, query) => {
    const volunteer = await register();
    dataOf(await graph(SET_ROLE, { id: volunteer.id, role: 'VOLUNTEER' }, { token: await adminToken() }));
    expect(errorOf(await graph(query, {}, { token: volunteer.token })).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('role and status changes', () => {
  it('makes a fan an admin and back, effective on their existing token, and audits both', async () => {
    const admin = await adminToken();
    const fan = await register();
    expect(dataOf(await graph(SET_ROLE, { id: fan.id, role: 'ADMIN' }, { token: admin })).setUserRole.role).toBe('ADMIN');
    expect(dataOf(await graph('{ users(first: 1) { totalCount } }', {}, { token: fan.token })).users.totalCount).toBeGreaterThan(0);
    dataOf(await graph(SET_ROLE, { id: fan.id, role: 'FAN' }, { token: admin }));
    expect(errorOf(await graph('{ users { totalCount } }', {}, { token: fan.token })).extensions?.code).toBe('FORBIDDEN');

    const changes = await auditEntries(admin, 'user.role_changed', fan.id);
    expect(changes.map((entry) => entry.details)).toEqual([
      { from: 'ADMIN', to: 'FAN' },
      { from: 'FAN', to: 'ADMIN' },
    ]);
    expect(changes[0].actorId).not.toBeNull();
  });

  it('bans a user: their access token and API token stop working at once and they cannot sign in', async () => {
    const admin = await adminToken();
    const fan = await register();
    const apiToken = dataOf(await graph(CREATE_API_TOKEN, { name: 'script' }, { token: fan.token })).createApiToken.token;
    expect(dataOf(await graph('{ me { id } }', {}, { token: apiToken })).me.id).toBe(fan.id);

    expect(dataOf(await graph(SET_STATUS, { id: fan.id, status: 'BANNED' }, { token: admin })).setUserStatus.status).toBe('BANNED');

    for (const token of [fan.token, apiToken]) {
      const refused = await graph('{ me { id } }', {}, { token });
      expect(refused.status).toBe(401);
      expect(errorOf(refused).extensions?.code).toBe('UNAUTHENTICATED');
    }
    const signInRefused = errorOf(await signIn(fan.email, fan.password));
    expect(signInRefused.extensions?.code).toBe('FORBIDDEN');
    expect(signInRefused.message).toBe('This account is disabled.');
    // Without the password nothing is revealed about the account's status.
    expect(errorOf(await signIn(fan.email, 'wrong-password-here')).extensions?.code).toBe('UNAUTHENTICATED');

    const statusChanges = await auditEntries(admin, 'user.status_changed', fan.id);
    expect(statusChanges[0].details).toEqual({ from: 'ACTIVE', to: 'BANNED' });

    // Lifting the ban lets the old tokens work again: they were refused for the status, not revoked.
    dataOf(await graph(SET_STATUS, { id: fan.id, status: 'ACTIVE' }, { token: admin }));
    expect(dataOf(await graph('{ me { id } }', {}, { token: apiToken })).me.id).toBe(fan.id);
    expect(dataOf(await signIn(fan.email, fan.password)).signIn.user.id).toBe(fan.id);
  });

  it('disables a user the same way', async () => {
    const admin = await adminToken();
    const fan = await register();
    dataOf(await graph(SET_STATUS, { id: fan.id, status: 'DISABLED' }, { token: admin }));
    expect(errorOf(await graph('{ me { id } }', {}, { token: fan.token })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await signIn(fan.email, fan.password)).extensions?.code).toBe('FORBIDDEN');
  });
});
