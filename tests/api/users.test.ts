import { graph, errorOf, serverUrl } from '../support/graph';

describe('users', () => {
  it('answers me with null for an anonymous caller', async () => {
    const result = await graph('{ me { id } }');
    expect(result.data).toEqual({ me: null });
  });

  it('refuses the user list to an anonymous caller', async () => {
    const result = await graph('{ users { totalCount } }');
    expect(errorOf(result).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token with 401', async () => {
    const result = await graph('{ me { id } }', {}, { token: 'not-a-token' });
    expect(result.status).toBe(401);
    expect(errorOf(result).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves health and readiness', async () => {
    expect((await fetch(`${serverUrl()}/healthz`)).status).toBe(200);
    const ready = await fetch(`${serverUrl()}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ok', problems: [] });
  });
});
