import { adminToken, auditEntries, register, signIn, waitForMail } from '../support/accounts';
import { dataOf, errorOf, graph, serverUrl, sql, uniqueEmail } from '../support/graph';

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }`;

/** The token from the link in the newest reset mail to `email`. */
async function resetTokenFor(admin: string, email: string, count = 1): Promise<string> {
  const [mail] = await waitForMail(admin, email, { count });
  expect(mail).toMatchObject({ kind: 'password_reset', status: 'CAPTURED', to: email });
  const link = /(\S+\/reset-password\?token=\S+)/.exec(mail.text)![1];
  expect(link.startsWith(`${serverUrl()}/reset-password?token=`)).toBe(true);
  return new URL(link).searchParams.get('token')!;
}

describe('password reset', () => {
  it('resets a password through the emailed link, once', async () => {
    const admin = await adminToken();
    const account = await register();
    expect(dataOf(await graph(REQUEST, { email: account.email.toUpperCase() })).requestPasswordReset).toBe(true);
    const token = await resetTokenFor(admin, account.email);

    expect(dataOf(await graph(RESET, { token, newPassword: 'a-brand-new-password' })).resetPassword).toBe(true);
    expect(dataOf(await signIn(account.email, 'a-brand-new-password')).signIn.user.id).toBe(account.id);
    expect(errorOf(await signIn(account.email, account.password)).extensions?.code).toBe('UNAUTHENTICATED');

    // Single use.
    const again = errorOf(await graph(RESET, { token, newPassword: 'yet-another-password' }));
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    // Every session of the account ended with the reset.
    expect(errorOf(await graph('mutation { refreshSession { accessToken } }', {}, { cookie: account.cookie })).extensions?.code).toBe('UNAUTHENTICATED');

    const entries = [
      ...(await auditEntries(admin, 'auth.password_reset_requested', account.id)),
      ...(await auditEntries(admin, 'auth.password_reset', account.id)),
    ];
    expect(entries.map((entry) => entry.action).sort()).toEqual(['auth.password_reset', 'auth.password_reset_requested']);
    expect(JSON.stringify(entries)).not.toContain(token);
    expect(JSON.stringify(entries)).not.toContain('a-brand-new-password');
  });

  it('answers true for an unknown email and mails nothing', async () => {
    const email = uniqueEmail('unknown');
    expect(dataOf(await graph(REQUEST, { email })).requestPasswordReset).toBe(true);
    // A known address in the same instant shows the outbox is flowing; the unknown one got nothing.
    const known = await register();
    await graph(REQUEST, { email: known.email });
    const admin = await adminToken();
    await waitForMail(admin, known.email);
    const { mailOutbox } = dataOf(await graph(`query($to: String) { mailOutbox(to: $to) { totalCount } }`, { to: email }, { token: admin }));
    expect(mailOutbox.totalCount).toBe(0);
  });

  it('refuses an expired token', async () => {
    const admin = await adminToken();
    const account = await register();
    await graph(REQUEST, { email: account.email });
    const token = await resetTokenFor(admin, account.email);
    await sql(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [account.id]);
    const error = errorOf(await graph(RESET, { token, newPassword: 'a-brand-new-password' }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(error.message).toMatch(/expired/);
  });

  it('refuses a made-up token', async () => {
    const error = errorOf(await graph(RESET, { token: 'made-up-token', newPassword: 'a-brand-new-password' }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('applies the password policy to the new password and keeps the link usable', async () => {
    const admin = await adminToken();
    const account = await register();
    await graph(REQUEST, { email: account.email });
    const token = await resetTokenFor(admin, account.email);
    const weak = errorOf(await graph(RESET, { token, newPassword: 'short' }));
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const same = errorOf(await graph(RESET, { token, newPassword: account.email }));
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(dataOf(await graph(RESET, { token, newPassword: 'a-brand-new-password' })).resetPassword).toBe(true);
  });

  it('lifts a lockout: the owner proved who they are', async () => {
    const admin = await adminToken();
    const account = await register();
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(account.email, 'wrong-password-here');
    expect(errorOf(await signIn(account.email, account.password)).extensions?.reason).toBe('ACCOUNT_LOCKED');
    await graph(REQUEST, { email: account.email });
    const token = await resetTokenFor(admin, account.email);
    dataOf(await graph(RESET, { token, newPassword: 'a-brand-new-password' }));
    expect(dataOf(await signIn(account.email, 'a-brand-new-password')).signIn.user.id).toBe(account.id);
  });

  it('makes older links useless once one is used', async () => {
    const admin = await adminToken();
    const account = await register();
    await graph(REQUEST, { email: account.email });
    const older = await resetTokenFor(admin, account.email);
    await graph(REQUEST, { email: account.email });
    const newer = await resetTokenFor(admin, account.email, 2);
    expect(newer).not.toBe(older);
    dataOf(await graph(RESET, { token: newer, newPassword: 'a-brand-new-password' }));
    expect(errorOf(await graph(RESET, { token: older, newPassword: 'another-new-password' })).extensions?.field).toBe('token');
  });

  it('refuses a malformed email', async () => {
    expect(errorOf(await graph(REQUEST, { email: 'nope' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});
