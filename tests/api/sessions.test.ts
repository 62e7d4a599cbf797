import { adminToken, auditEntries, refreshCookieOf, REFRESH, register } from '../support/accounts';
import { dataOf, errorOf, graph } from '../support/graph';

async function refresh(cookie: string) {
  const result = await graph(REFRESH, {}, { cookie });
  return { result, cookie: refreshCookieOf(result) };
}

describe('sessions', () => {
  it('rotates the refresh token on every use', async () => {
    const account = await register();
    const first = await refresh(account.cookie);
    const payload = dataOf(first.result).refreshSession;
    expect(payload.user.id).toBe(account.id);
    expect(dataOf(await graph('{ me { id } }', {}, { token: payload.accessToken })).me.id).toBe(account.id);
    expect(first.cookie).toMatch(/^matchday_refresh=.+/);
    expect(first.cookie).not.toBe(account.cookie);

    const second = await refresh(first.cookie!);
    expect(dataOf(second.result).refreshSession.user.id).toBe(account.id);
    expect(second.cookie).not.toBe(first.cookie);
  });

  it('treats a reused refresh token as stolen: the whole family stops working', async () => {
    const account = await register();
    const rotated = await refresh(account.cookie);
    dataOf(rotated.result);

    const replay = await refresh(account.cookie);
    expect(errorOf(replay.result).extensions?.code).toBe('UNAUTHENTICATED');
    // The legitimate holder's newer token went with it.
    expect(errorOf((await refresh(rotated.cookie!)).result).extensions?.code).toBe('UNAUTHENTICATED');

    const entries = await auditEntries(await adminToken(), 'auth.refresh_token_reused', account.id);
    expect(entries).toHaveLength(1);
    expect(entries[0].targetType).toBe('User');
    expect(JSON.stringify(entries)).not.toContain(account.cookie.split('=')[1]);
  });

  it('lets only one of several simultaneous refreshes with one token succeed', async () => {
    const account = await register();
    const results = await Promise.all([1, 2, 3, 4].map(() => refresh(account.cookie)));
    const codes = results.map(({ result }) => result.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.sort()).toEqual(['OK', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it('keeps other sessions of the same user alive when one family is revoked', async () => {
    const account = await register();
    const other = await graph(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, {
      input: { email: account.email, password: account.password },
    });
    const otherCookie = refreshCookieOf(other)!;
    const rotated = await refresh(account.cookie);
    await refresh(account.cookie); // reuse: kills the first family only
    expect(errorOf((await refresh(rotated.cookie!)).result).extensions?.code).toBe('UNAUTHENTICATED');
    expect(dataOf((await refresh(otherCookie)).result).refreshSession.user.id).toBe(account.id);
  });

  it('refuses to refresh without a cookie or with a made-up one', async () => {
    expect(errorOf(await graph(REFRESH)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf((await refresh('matchday_refresh=made-up')).result).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out: the refresh token is revoked and the cookie cleared', async () => {
    const account = await register();
    const rotated = await refresh(account.cookie);
    const out = await graph('mutation { signOut }', {}, { cookie: rotated.cookie! });
    expect(dataOf(out).signOut).toBe(true);
    const cleared = out.headers.getSetCookie().find((c) => c.startsWith('matchday_refresh='));
    expect(cleared).toMatch(/^matchday_refresh=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(errorOf((await refresh(rotated.cookie!)).result).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out without a cookie too', async () => {
    expect(dataOf(await graph('mutation { signOut }')).signOut).toBe(true);
  });

  it('refuses to refresh the session of a disabled user', async () => {
    const account = await register();
    const admin = await adminToken();
    dataOf(await graph(`mutation($id: ID!) { setUserStatus(userId: $id, status: DISABLED) { status } }`, { id: account.id }, { token: admin }));
    const refused = errorOf((await refresh(account.cookie)).result);
    expect(refused.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.message).toBe('This account is disabled.');

    // Enabling the account again does not bring that session back: it was revoked.
    dataOf(await graph(`mutation($id: ID!) { setUserStatus(userId: $id, status: ACTIVE) { status } }`, { id: account.id }, { token: admin }));
    expect(errorOf((await refresh(account.cookie)).result).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
