import { register, REGISTER, signIn } from '../support/accounts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, dataOf, errorOf, graph, uniqueEmail } from '../support/graph';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';

// A server of its own with its own Redis: its counters (all callers are 127.0.0.1 here) are not shared.
let isolated: IsolatedServer;
let url: string;

beforeAll(async () => {
  isolated = await startIsolatedServer({
    RATE_LIMITS: 'on',
    RATE_LIMIT_SIGN_IN: '3/60',
    RATE_LIMIT_REGISTER: '2/60',
    RATE_LIMIT_PASSWORD_RESET: '2/60',
  });
  url = isolated.server.url;
});

afterAll(async () => {
  await isolated?.stop();
});

function expectRateLimited(result: Awaited<ReturnType<typeof graph>>, windowSeconds: number) {
  const error = errorOf(result);
  expect(error.extensions?.code).toBe('RATE_LIMITED');
  const retryAfter = error.extensions?.retryAfterSeconds as number;
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(error.message).toContain(`${retryAfter} seconds`);
}

describe('per-IP rate limits (RATE_LIMITS=on)', () => {
  it('limits registrations', async () => {
    await register({ url });
    await register({ url });
    expectRateLimited(await graph(REGISTER, { input: { email: uniqueEmail(), password: 'a-good-long-password', name: 'Fan' } }, { url }), 60);
  });

  it('limits sign-ins, right password or not', async () => {
    const email = uniqueEmail();
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(errorOf(await signIn(email, 'wrong-password-here', url)).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expectRateLimited(await signIn(ADMIN_EMAIL, ADMIN_PASSWORD, url), 60);
  });

  it('limits password reset requests', async () => {
    const request = (email: string) => graph(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email }, { url });
    expect(dataOf(await request(uniqueEmail())).requestPasswordReset).toBe(true);
    expect(dataOf(await request(uniqueEmail())).requestPasswordReset).toBe(true);
    expectRateLimited(await request(uniqueEmail()), 60);
  });
});
