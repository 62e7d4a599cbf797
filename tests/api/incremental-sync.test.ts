import crypto from 'node:crypto';
import { adminToken } from '../support/accounts';
import { dataOf, graph, uniqueEmail } from '../support/graph';

/** An integrator polls for what changed: updatedSince, orderBy UPDATED_AT ascending, and cursors. */

const SIGN_UP = `mutation ($input: LeadSignupInput!) { signUp(input: $input) { id } }`;
const CHANGED_LEADS = `query ($since: DateTimeISO, $search: String, $after: String) {
  leads(search: $search, updatedSince: $since, orderBy: { field: UPDATED_AT, direction: ASC }, first: 1, after: $after) {
    totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor } edges { cursor node { email name updatedAt } }
  }
}`;

let admin: string;
beforeAll(async () => {
  admin = await adminToken();
});

describe('incremental sync', () => {
  it('pages through the leads changed since a time, in the order they changed, and sees a lead again once it changes', async () => {
    const tag = `sync${crypto.randomUUID().slice(0, 8)}`;
    const [a, b, c] = ['a', 'b', 'c'].map((x) => uniqueEmail(`${tag}-${x}`));
    dataOf(await graph(SIGN_UP, { input: { name: 'Sync A', email: a, consentSms: false } }));
    const all = async (since: string | null) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const { leads } = dataOf(await graph(CHANGED_LEADS, { since, search: tag, after }, { token: admin }));
        if (page === 0) expect(leads.pageInfo.hasPreviousPage).toBe(false);
        else expect(leads.pageInfo.hasPreviousPage).toBe(true);
        if (leads.edges.length) expect(leads.pageInfo.startCursor).toBe(leads.edges[0].cursor);
        seen.push(...leads.edges.map((e: any) => e.node.email));
        if (!leads.pageInfo.hasNextPage) return { seen, last: leads.edges.at(-1)?.node.updatedAt as string | undefined, total: leads.totalCount };
        after = leads.pageInfo.endCursor;
      }
      throw new Error('too many pages');
    };
    const first = await all(null);
    expect(first.seen).toEqual([a]);

    dataOf(await graph(SIGN_UP, { input: { name: 'Sync B', email: b, consentSms: false } }));
    dataOf(await graph(SIGN_UP, { input: { name: 'Sync C', email: c, consentSms: false } }));
    // What changed since the last run (its last updatedAt, inclusive), oldest change first.
    const second = await all(first.last!);
    expect(second.seen).toEqual([a, b, c]);

    // A returning fan updates lead A: it is what changed last.
    dataOf(await graph(SIGN_UP, { input: { name: 'Sync A Again', email: a, consentSms: false } }));
    const third = await all(second.last!);
    expect(third.seen).toEqual([c, a]);
    expect(third.total).toBe(2);
  });
});
