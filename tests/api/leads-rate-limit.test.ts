import { errorOf, graph, uniqueEmail } from '../support/graph';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';

const SIGN_UP = `mutation ($input: LeadSignupInput!) { signUp(input: $input) { id } }`;

let stack: IsolatedServer;

beforeAll(async () => {
  stack = await startIsolatedServer({ RATE_LIMITS: 'on', RATE_LIMIT_SIGNUP: '3/60' });
});

afterAll(async () => {
  await stack?.stop();
});

describe('signup rate limits', () => {
  it('lets RATE_LIMIT_SIGNUP signups through from one IP, then answers RATE_LIMITED with a retry time', async () => {
    const signUp = () => graph(SIGN_UP, { input: { name: 'Limited Fan', email: uniqueEmail('limited'), consentSms: false } }, { url: stack.server.url });
    for (let i = 0; i < 3; i++) expect((await signUp()).errors).toBeUndefined();
    const error = errorOf(await signUp());
    expect(error.extensions?.code).toBe('RATE_LIMITED');
    expect(error.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });
});
