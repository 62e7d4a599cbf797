import { adminToken, register } from '../support/accounts';
import { dataOf, errorOf, graph, serverUrl } from '../support/graph';

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

describe('the users list (admin)', () => {
  const PAGE = `query Users($first: Int, $after: String, $search: String, $role: Role) {
    users(first: $first, after: $after, search: $search, role: $role) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id email role } }
    }
  }`;

  it('pages through a search with cursors, newest first, without gaps or repeats', async () => {
    const token = await adminToken();
    const tag = `pager${Date.now()}`;
    const emails: string[] = [];
    for (let i = 0; i < 5; i++) emails.push((await register({ label: `${tag}-${i}` })).email);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = dataOf(await graph(PAGE, { first: 2, after, search: tag }, { token })).users;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((edge: any) => edge.node.email));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);

    expect(pages).toBe(3);
    expect(seen).toEqual([...emails].reverse());
  });

  it('filters by role', async () => {
    const token = await adminToken();
    const admins = dataOf(await graph(PAGE, { first: 100, role: 'ADMIN' }, { token })).users as any;
    expect(admins.edges.length).toBeGreaterThan(0);
    expect(admins.edges.every((edge: any) => edge.node.role === 'ADMIN')).toBe(true);
  });

  it('refuses a forged cursor and a page size over 100, naming the argument', async () => {
    const token = await adminToken();
    const forged = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', "1' OR '1'='1"])).toString('base64url');
    const badCursor = errorOf(await graph(PAGE, { after: forged }, { token }));
    expect(badCursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const tooMany = errorOf(await graph(PAGE, { first: 101 }, { token }));
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
