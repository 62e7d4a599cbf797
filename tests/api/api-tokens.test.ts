import { adminToken, auditEntries, register } from '../support/accounts';
import { dataOf, errorOf, graph } from '../support/graph';

const CREATE = `mutation($name: String!) { createApiToken(name: $name) { token apiToken { id name prefix createdAt lastUsedAt revokedAt } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) }`;
const MINE = `{ myApiTokens { id name prefix lastUsedAt revokedAt } }`;

describe('API tokens', () => {
  it('creates a token shown once, usable as a Bearer token, listed by prefix only, refused once revoked', async () => {
    const fan = await register();
    const { token, apiToken } = dataOf(await graph(CREATE, { name: '  CRM sync  ' }, { token: fan.token })).createApiToken;
    expect(token).toMatch(/^mdt_[A-Za-z0-9_-]{40,}$/);
    expect(apiToken).toMatchObject({ name: 'CRM sync', lastUsedAt: null, revokedAt: null });
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    expect(apiToken.prefix.length).toBeLessThan(token.length / 2);

    expect(dataOf(await graph('{ me { id } }', {}, { token })).me.id).toBe(fan.id);

    const listed = dataOf(await graph(MINE, {}, { token: fan.token })).myApiTokens;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: apiToken.id, name: 'CRM sync', prefix: apiToken.prefix, revokedAt: null });
    expect(listed[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(token);

    expect(dataOf(await graph(REVOKE, { id: apiToken.id }, { token: fan.token })).revokeApiToken).toBe(true);
    const refused = await graph('{ me { id } }', {}, { token });
    expect(refused.status).toBe(401);
    expect(errorOf(refused).extensions?.code).toBe('UNAUTHENTICATED');
    expect(dataOf(await graph(MINE, {}, { token: fan.token })).myApiTokens[0].revokedAt).not.toBeNull();

    const admin = await adminToken();
    expect(await auditEntries(admin, 'api_token.created', apiToken.id)).toHaveLength(1);
    const revoked = await auditEntries(admin, 'api_token.revoked', apiToken.id);
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatchObject({ actorId: fan.id, targetType: 'ApiToken', details: { name: 'CRM sync', ownerId: fan.id } });
    expect(JSON.stringify(revoked)).not.toContain(token);
  });

  it('lets an API token act with its owner’s role', async () => {
    const fan = await register();
    const { token } = dataOf(await graph(CREATE, { name: 'fan script' }, { token: fan.token })).createApiToken;
    expect(errorOf(await graph('{ users { totalCount } }', {}, { token })).extensions?.code).toBe('FORBIDDEN');
    const admin = await adminToken();
    const { token: adminApiToken } = dataOf(await graph(CREATE, { name: 'admin script' }, { token: admin })).createApiToken;
    expect(dataOf(await graph('{ users(first: 1) { totalCount } }', {}, { token: adminApiToken })).users.totalCount).toBeGreaterThan(0);
  });

  it('refuses to let an API token create another one, so a leaked token cannot outlive its revocation', async () => {
    const fan = await register();
    const { token } = dataOf(await graph(CREATE, { name: 'leaky script' }, { token: fan.token })).createApiToken;
    const refused = errorOf(await graph(CREATE, { name: 'spare key' }, { token }));
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_TOKEN_CANNOT_CREATE_TOKENS' });
    expect(refused.message).toMatch(/sign in/);
    expect(dataOf(await graph(MINE, {}, { token: fan.token })).myApiTokens.map((t: { name: string }) => t.name)).toEqual(['leaky script']);
  });

  it('refuses a made-up token', async () => {
    const result = await graph('{ me { id } }', {}, { token: 'mdt_made-up-token-that-does-not-exist' });
    expect(result.status).toBe(401);
    expect(errorOf(result).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps tokens private to their owner; an admin may revoke anyone’s', async () => {
    const owner = await register();
    const other = await register();
    const { token, apiToken } = dataOf(await graph(CREATE, { name: 'mine' }, { token: owner.token })).createApiToken;
    expect(dataOf(await graph(MINE, {}, { token: other.token })).myApiTokens).toEqual([]);
    expect(errorOf(await graph(REVOKE, { id: apiToken.id }, { token: other.token })).extensions?.code).toBe('NOT_FOUND');
    expect(dataOf(await graph('{ me { id } }', {}, { token })).me.id).toBe(owner.id);

    const admin = await adminToken();
    expect(dataOf(await graph(REVOKE, { id: apiToken.id }, { token: admin })).revokeApiToken).toBe(true);
    expect(errorOf(await graph('{ me { id } }', {}, { token })).extensions?.code).toBe('UNAUTHENTICATED');
    const [entry] = await auditEntries(admin, 'api_token.revoked', apiToken.id);
    expect(entry.details).toMatchObject({ ownerId: owner.id });
    expect(entry.actorId).not.toBe(owner.id);
  });

  it('needs a signed-in caller and a sensible name', async () => {
    expect(errorOf(await graph(CREATE, { name: 'x' })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await graph(MINE)).extensions?.code).toBe('UNAUTHENTICATED');
    const fan = await register();
    expect(errorOf(await graph(CREATE, { name: ' ' }, { token: fan.token })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(errorOf(await graph(CREATE, { name: 'n'.repeat(101) }, { token: fan.token })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(errorOf(await graph(REVOKE, { id: 'nope' }, { token: fan.token })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
