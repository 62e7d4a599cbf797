import { adminToken, auditEntries, refreshCookieOf, register, REGISTER, signIn } from '../support/accounts';
import { dataOf, errorOf, graph, sql, uniqueEmail } from '../support/graph';

const registerWith = (input: Record<string, unknown>) =>
  graph(REGISTER, { input: { email: uniqueEmail(), password: 'a-good-long-password', name: 'Fan', ...input } });

const auditCount = async (token: string, action: string, targetId: string) => (await auditEntries(token, action, targetId)).length;

describe('registration', () => {
  it('creates a fan, signs them in and sets an httpOnly refresh cookie', async () => {
    const email = uniqueEmail();
    const result = await graph(REGISTER, { input: { email: email.toUpperCase(), password: 'a-good-long-password', name: '  Robin Fan  ' } });
    const { register: payload } = dataOf(result);
    expect(payload.user).toMatchObject({ email, name: 'Robin Fan', role: 'FAN', status: 'ACTIVE' });
    expect(new Date(payload.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());

    const me = await graph('{ me { id email } }', {}, { token: payload.accessToken });
    expect(dataOf(me).me).toEqual({ id: payload.user.id, email });

    const cookie = result.headers.getSetCookie().find((c) => c.startsWith('matchday_refresh='))!;
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\/graphql/);
    expect(cookie).toMatch(/; Max-Age=2592000/);
    expect(cookie).not.toMatch(/; Secure/i); // PUBLIC_URL is http in tests
    expect(JSON.stringify(payload)).not.toContain(refreshCookieOf(result)!.split('=')[1]);
  });

  it.each([
    ['email', 'not an address', { email: 'not-an-email' }],
    ['email', 'too long', { email: `${'x'.repeat(250)}@example.test` }],
    ['name', 'empty', { name: '' }],
    ['name', 'blank', { name: '   ' }],
    ['name', 'over 100 characters', { name: 'n'.repeat(101) }],
    ['password', 'under 10 characters', { password: 'short' }],
    ['password', 'over 256 characters', { password: 'p'.repeat(257) }],
  ])('refuses %s (%s) with BAD_USER_INPUT naming the field', async (field, _why, input) => {
    const error = errorOf(await registerWith(input));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(field);
    expect(error.message).toMatch(new RegExp(field, 'i'));
  });

  it('refuses a password that is the email address', async () => {
    const email = uniqueEmail();
    const error = errorOf(await registerWith({ email, password: email.toUpperCase() }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(error.message).toBe('Password must not be your email address.');
  });

  it('never echoes the submitted password in an error', async () => {
    const result = await registerWith({ email: 'nope', password: 'my-secret-password-123' });
    expect(JSON.stringify(result.errors)).not.toContain('my-secret-password-123');
  });

  it('refuses a taken email with CONFLICT on email, whatever its case', async () => {
    const account = await register();
    const error = errorOf(await registerWith({ email: account.email.toUpperCase() }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });
});

describe('sign-in', () => {
  it('signs in with the right password and records the time', async () => {
    const account = await register();
    const { signIn: payload } = dataOf(await signIn(account.email.toUpperCase(), account.password));
    expect(payload.user.id).toBe(account.id);
    expect(new Date(payload.user.lastSignInAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(dataOf(await graph('{ me { id } }', {}, { token: payload.accessToken })).me.id).toBe(account.id);
  });

  it('answers an unknown email and a wrong password with the same UNAUTHENTICATED message', async () => {
    const account = await register();
    const wrongPassword = errorOf(await signIn(account.email, 'not-the-password'));
    const unknownEmail = errorOf(await signIn(uniqueEmail('nobody'), 'not-the-password'));
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.message).toBe(wrongPassword.message);
  });

  it.each([
    ['email', { email: 'nope', password: 'whatever-password' }],
    ['password', { email: 'someone@example.test', password: '' }],
  ])('refuses a bad %s with BAD_USER_INPUT naming it', async (field, input) => {
    const error = errorOf(await graph(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, { input }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('locks the account after five failures, refuses even the right password, then lets it in when the lock expires', async () => {
    const account = await register();
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(errorOf(await signIn(account.email, 'wrong-password-here')).extensions?.code).toBe('UNAUTHENTICATED');
    }
    const fifth = errorOf(await signIn(account.email, 'wrong-password-here'));
    expect(fifth.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_LOCKED' });

    const sixth = errorOf(await signIn(account.email, account.password));
    expect(sixth.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_LOCKED' });
    const lockedUntil = new Date(sixth.extensions!.lockedUntil as string);
    const minutesAhead = (lockedUntil.getTime() - Date.now()) / 60_000;
    expect(minutesAhead).toBeGreaterThan(14);
    expect(minutesAhead).toBeLessThanOrEqual(15);
    expect(sixth.message).toMatch(/locked/i);
    expect(sixth.message).toContain(`${lockedUntil.toISOString().slice(0, 19).replace('T', ' ')} UTC`);

    // Fifteen minutes later:
    await sql(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [account.id]);
    expect(dataOf(await signIn(account.email, account.password)).signIn.user.id).toBe(account.id);

    // The count started again: one more failure is an ordinary one.
    expect(errorOf(await signIn(account.email, 'wrong-password-here')).extensions?.code).toBe('UNAUTHENTICATED');

    const token = await adminToken();
    expect(await auditCount(token, 'auth.sign_in_failed', account.id)).toBe(7);
    expect(await auditCount(token, 'auth.locked_out', account.id)).toBe(1);
    expect(await auditCount(token, 'auth.signed_in', account.id)).toBe(1);
  });

  it('lets a success reset the failure count', async () => {
    const account = await register();
    for (let attempt = 1; attempt <= 4; attempt++) await signIn(account.email, 'wrong-password-here');
    dataOf(await signIn(account.email, account.password));
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(errorOf(await signIn(account.email, 'wrong-password-here')).extensions?.code).toBe('UNAUTHENTICATED');
    }
    dataOf(await signIn(account.email, account.password));
  });

  it('records failures with the caller IP and never a password', async () => {
    const account = await register();
    await signIn(account.email, 'a-password-nobody-should-see');
    const entries = await auditEntries(await adminToken(), 'auth.sign_in_failed', account.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ targetType: 'User', details: { reason: 'wrong_password' } });
    expect(entries[0].ip).toMatch(/127\.0\.0\.1/);
    expect(JSON.stringify(entries)).not.toContain('a-password-nobody-should-see');
  });
});
