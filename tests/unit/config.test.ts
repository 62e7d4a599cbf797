import { ConfigError, loadConfig } from '../../server/src/config';

/** The message a bad environment stops the server with (loadConfig throws; boot prints it and exits). */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('settings', () => {
  it.each([
    ['PORT', 'eighty'],
    ['PORT', '-1'],
    ['DATABASE_POOL_SIZE', '0'],
    ['ACCESS_TOKEN_TTL_SECONDS', '5'],
    ['WORKER_CONCURRENCY', '2.5'],
    ['GRAPHQL_MAX_DEPTH', 'deep'],
    ['GRAPHQL_MAX_COST', '0'],
    ['DEMO_DATA', 'maybe'],
    ['GRAPHQL_BATCHING', 'sometimes'],
    ['RATE_LIMITS', 'disabled'],
    ['RATE_LIMIT_SIGN_IN', '30 per minute'],
    ['RATE_LIMIT_REGISTER', '0/60'],
    ['LOG_LEVEL', 'loud'],
    ['BODY_LIMIT', 'a lot'],
    ['PUBLIC_URL', 'matchday.example.com'],
    ['DATABASE_URL', 'mysql://db/matchday'],
    ['REDIS_URL', 'localhost:6379'],
    ['JWT_SECRET', 'too-short'],
  ])('refuses %s=%s with a sentence naming it', (name, value) => {
    const message = refusal({ [name]: value });
    expect(message.startsWith(`${name} must`)).toBe(true);
    expect(message).toMatch(/\.$/);
    expect(message).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
  });

  it('requires JWT_SECRET in production', () => {
    expect(refusal({ NODE_ENV: 'production' })).toBe('JWT_SECRET must be set when NODE_ENV=production (a long random string).');
  });

  it('never repeats a secret it refuses', () => {
    expect(refusal({ JWT_SECRET: 'short-but-secret' })).not.toContain('short-but-secret');
    expect(refusal({ DATABASE_URL: 'mysql://admin:hunter2@db/matchday' })).not.toContain('hunter2');
  });

  it('accepts sizes, rates and switches in their documented forms', () => {
    const config = loadConfig({ BODY_LIMIT: '1mb', RATE_LIMIT_SIGN_IN: '5/60', RATE_LIMITS: 'off', DEMO_DATA: 'no', REDIS_URL: 'rediss://cache:6380' });
    expect(config.bodyLimit).toEqual({ text: '1mb', bytes: 1024 * 1024 });
    expect(config.rateLimits.signIn).toEqual({ points: 5, windowSeconds: 60 });
    expect(config.rateLimitsEnabled).toBe(false);
    expect(config.demoData).toBe(false);
    expect(config.redisUrl).toBe('rediss://cache:6380');
  });
});
