import { register } from '../support/accounts';
import { errorOf, graph } from '../support/graph';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';

/** Every answer says what it cost and what is left of the caller's budget (extensions.cost). */

const MY_ORDERS = `query ($n: Int) { myOrders(first: $n) { totalCount edges { node { id } } } }`;
// 1 (me) + 7 fields, none of them a list: it costs what it asks for.
const ME = `{ me { id email name role status createdAt lastSignInAt } }`;

describe('cost in every answer (shared server: counted, not enforced)', () => {
  it('reports the requested cost (page size from the variables), the actual cost of the answer, and the budget left', async () => {
    const fan = await register({ label: 'cost' });
    // myOrders: 1 + n × (edges 1 + node 1 + id 1 + … ) with totalCount: 1 + 10 × 4 = 41 asked; an empty page costs 3.
    const first = await rawCost(MY_ORDERS, { n: 10 }, fan.token);
    expect(first.data).toEqual({ myOrders: { totalCount: 0, edges: [] } });
    const { cost } = first;
    expect(cost).toMatchObject({ requested: 41, actual: 3, budget: { capacity: 40000, restorePerSecond: 2000 } });
    expect(cost.budget.remaining).toBeLessThanOrEqual(40000 - 3);

    expect((await rawCost(MY_ORDERS, { n: 2 }, fan.token)).cost).toMatchObject({ requested: 9, actual: 3 });
    expect((await rawCost(ME, {}, fan.token)).cost).toMatchObject({ requested: 8, actual: 8 });
  });
});

/** The raw body of a call, for its extensions. */
async function rawCost(query: string, variables: Record<string, unknown>, token?: string, url = process.env.TEST_SERVER_URL!) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: unknown; errors?: { extensions: Record<string, unknown> }[]; extensions: { cost: { requested: number; actual: number; budget: { capacity: number; remaining: number; restorePerSecond: number } } } };
  return { status: res.status, headers: res.headers, data: json.data, errors: json.errors, cost: json.extensions?.cost };
}

describe('the budget (RATE_LIMITS on)', () => {
  let stack: IsolatedServer;
  beforeAll(async () => {
    // A small bucket that refills slowly, so four calls of 8 overflow 30 however slow the machine is.
    stack = await startIsolatedServer({ RATE_LIMITS: 'on', GRAPHQL_BUDGET: '30', GRAPHQL_BUDGET_RESTORE_PER_SECOND: '1', GRAPHQL_MAX_COST: '30' });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('drains with each call, refuses with THROTTLED and a retry time when spent, and is kept per caller', async () => {
    const url = stack.server.url;
    const alice = await register({ url, label: 'budget-a' });
    const bob = await register({ url, label: 'budget-b' });

    const one = await rawCost(ME, {}, alice.token, url);
    expect(one.status).toBe(200);
    expect(one.cost).toMatchObject({ requested: 8, actual: 8, budget: { capacity: 30, restorePerSecond: 1 } });
    expect(one.cost.budget.remaining).toBeLessThanOrEqual(22);
    expect((await rawCost(ME, {}, alice.token, url)).cost.budget.remaining).toBeLessThanOrEqual(14);
    expect((await rawCost(ME, {}, alice.token, url)).cost.budget.remaining).toBeLessThanOrEqual(6);

    const refused = await rawCost(ME, {}, alice.token, url);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'THROTTLED' });
    const retryAfter = refused.errors?.[0].extensions.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThanOrEqual(2);
    expect(refused.headers.get('retry-after')).toBe(String(retryAfter));
    expect(refused.cost).toMatchObject({ requested: 8, actual: 0 });

    // Bob's budget is his own.
    expect((await rawCost(ME, {}, bob.token, url)).cost).toMatchObject({ requested: 8, actual: 8 });
    // A document over GRAPHQL_MAX_COST is refused before it runs, with its own code.
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((alias) => `${alias}: me { id email name role status }`).join(' ');
    const tooBig = errorOf(await graph(`{ ${six} }`, {}, { url, token: bob.token }));
    expect(tooBig.extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', actual: 36, max: 30 });
  });
});
