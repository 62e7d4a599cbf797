import path from 'node:path';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';

/**
 * Every setting Matchday reads, parsed and validated once at start.
 * A wrong value stops the process with a sentence naming the variable, never a stack trace.
 * The README's settings table mirrors this file.
 */

export class ConfigError extends Error {}

export interface RateLimit {
  /** How many requests one IP may make in the window. */
  points: number;
  windowSeconds: number;
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

function int(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min} (got "${raw}").`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}").`);
}

function rateLimit(env: Env, name: string, fallback: string): RateLimit {
  const raw = str(env, name, fallback);
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new ConfigError(`${name} must look like COUNT/SECONDS, e.g. 10/60 (got "${raw}").`);
  }
  return { points: Number(match[1]), windowSeconds: Number(match[2]) };
}

const DEFAULT_CONSENT_TEXT =
  'I agree to receive text messages from Matchday about events and offers at the number I gave. ' +
  'Message frequency varies. Message and data rates may apply. Reply STOP to opt out, HELP for help.';

/** Leads, SMS and Twilio. Twilio is all or nothing: without it, texts are kept in the SMS outbox. */
function leadsAndSmsSettings(env: Env) {
  const country = str(env, 'LEADS_DEFAULT_COUNTRY', 'US').toUpperCase();
  if (!isSupportedCountry(country)) {
    throw new ConfigError(`LEADS_DEFAULT_COUNTRY must be a two-letter country code with phone numbers, e.g. US or GB (got "${country}").`);
  }
  const twilio = {
    accountSid: optional(env, 'TWILIO_ACCOUNT_SID'),
    authToken: optional(env, 'TWILIO_AUTH_TOKEN'),
    from: optional(env, 'TWILIO_FROM'),
    apiUrl: url(env, 'TWILIO_API_URL', ['http', 'https']),
  };
  const set = [twilio.accountSid, twilio.authToken, twilio.from].filter(Boolean).length;
  if (set !== 0 && set !== 3) {
    throw new ConfigError('Set all of TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM, or none of them (texts then go to the SMS outbox).');
  }
  return {
    leadsDefaultCountry: country as CountryCode,
    /** The SMS consent wording shown on the signup form and stored with each lead that ticks it. */
    leadsConsentText: str(env, 'LEADS_CONSENT_TEXT', DEFAULT_CONSENT_TEXT),
    smsConfirmationText: str(env, 'SMS_CONFIRMATION_TEXT', 'Matchday: thanks for signing up, {name}! Reply STOP to opt out, HELP for help.'),
    smsHelpText: str(env, 'SMS_HELP_TEXT', 'Matchday: news about events and offers. Reply STOP to opt out, START to opt back in.'),
    /** Present only when all three Twilio settings are. */
    twilio: set === 3 ? { accountSid: twilio.accountSid!, authToken: twilio.authToken!, from: twilio.from!, apiUrl: twilio.apiUrl } : null,
    /** Campaign texts per second at most (a US long code allows about 1, toll-free 3, a short code 100). */
    smsCampaignRatePerSecond: int(env, 'SMS_CAMPAIGN_RATE', 10, 1),
    /** A text handed to the queue but not sent after this long goes back to the outbox (e.g. Redis lost it). */
    smsRequeueAfterSeconds: int(env, 'SMS_REQUEUE_AFTER_SECONDS', 300, 5),
    uploadMaxBytes: int(env, 'UPLOAD_MAX_BYTES', 100 * 1024 * 1024, 1024),
    /** Outgoing webhooks: the first retry after this long, doubling up to an hour between attempts… */
    webhookRetryBaseSeconds: int(env, 'WEBHOOK_RETRY_BASE_SECONDS', 30, 1),
    /** …for this long after the event; then the delivery is FAILED. */
    webhookRetryForSeconds: int(env, 'WEBHOOK_RETRY_FOR_SECONDS', 86_400, 1),
    /** How long an endpoint may take to answer before the attempt counts as failed. */
    webhookTimeoutSeconds: int(env, 'WEBHOOK_TIMEOUT_SECONDS', 10, 1),
  };
}

/** A size as express's body parser reads it: 100kb, 1mb, 512 (bytes). */
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** A size as written (for messages) and in bytes. */
function size(env: Env, name: string, fallback: string): { text: string; bytes: number } {
  const raw = str(env, name, fallback);
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(raw);
  if (!match) {
    throw new ConfigError(`${name} must be a size such as 100kb or 1mb (got "${raw}").`);
  }
  return { text: raw, bytes: Math.floor(Number(match[1]) * SIZE_UNITS[(match[2] ?? 'b').toLowerCase()]) };
}

/** An optional URL with one of the given schemes (the value is not echoed: it may hold a password). */
function url(env: Env, name: string, schemes: string[]): string | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  let scheme: string | undefined;
  try {
    scheme = new URL(raw).protocol.replace(/:$/, '');
  } catch {
    scheme = undefined;
  }
  if (!scheme || !schemes.includes(scheme)) {
    throw new ConfigError(`${name} must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}.`);
  }
  return raw;
}

export function loadConfig(env: Env = process.env) {
  const production = env.NODE_ENV === 'production';
  const port = int(env, 'PORT', 4000, 0);
  const dataDir = path.resolve(str(env, 'DATA_DIR', '.data'));
  const jwtSecret = optional(env, 'JWT_SECRET');
  if (production && !jwtSecret) {
    throw new ConfigError('JWT_SECRET must be set when NODE_ENV=production (a long random string).');
  }
  if (jwtSecret && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters long.');
  }
  const rateLimitsRaw = str(env, 'RATE_LIMITS', 'on');
  if (!/^(on|off)$/.test(rateLimitsRaw)) {
    throw new ConfigError(`RATE_LIMITS must be "on" or "off" (got "${rateLimitsRaw}").`);
  }
  const stripeSecretKey = optional(env, 'STRIPE_SECRET_KEY');
  const stripeWebhookSecret = optional(env, 'STRIPE_WEBHOOK_SECRET');
  if (stripeSecretKey && !stripeWebhookSecret) {
    throw new ConfigError('STRIPE_WEBHOOK_SECRET must be set when STRIPE_SECRET_KEY is (the signing secret of your /webhooks/stripe endpoint).');
  }
  const stripeApiUrl = optional(env, 'STRIPE_API_URL');
  if (stripeApiUrl && !/^https?:\/\/[^/]+/.test(stripeApiUrl)) {
    throw new ConfigError(`STRIPE_API_URL must be an http(s) URL, e.g. http://127.0.0.1:12111 (got "${stripeApiUrl}").`);
  }
  const logLevel = str(env, 'LOG_LEVEL', 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}").`);
  }

  return Object.freeze({
    production,
    port,
    host: str(env, 'HOST', '0.0.0.0'),
    publicUrl: (url(env, 'PUBLIC_URL', ['http', 'https']) ?? `http://localhost:${port}`).replace(/\/$/, ''),
    dataDir,
    /** Unset: an embedded Postgres under DATA_DIR. */
    databaseUrl: url(env, 'DATABASE_URL', ['postgres', 'postgresql']),
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10, 1),
    /** Unset: a private redis-server from the PATH. */
    redisUrl: url(env, 'REDIS_URL', ['redis', 'rediss']),
    /** Unset outside production: generated once and kept under DATA_DIR. */
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1),
    passwordResetTtlMinutes: int(env, 'PASSWORD_RESET_TTL_MINUTES', 60, 1),
    adminEmail: optional(env, 'ADMIN_EMAIL'),
    adminPassword: optional(env, 'ADMIN_PASSWORD'),
    demoData: bool(env, 'DEMO_DATA', true),
    runWorkers: bool(env, 'RUN_WORKERS', true),
    workerConcurrency: int(env, 'WORKER_CONCURRENCY', 4, 1),
    /** BullMQ key prefix: deployments (or test runs) sharing one Redis keep their queues apart with it. */
    queuePrefix: str(env, 'QUEUE_PREFIX', 'matchday'),
    /** How often a worker re-queues jobs that Postgres has as QUEUED but Redis lost. */
    jobSweepSeconds: int(env, 'JOB_SWEEP_SECONDS', 5, 1),
    /** Rows read per query by exports; the whole table is never held in memory. */
    exportBatchSize: int(env, 'EXPORT_BATCH_SIZE', 1000, 1),
    rateLimitsEnabled: rateLimitsRaw === 'on',
    rateLimits: {
      register: rateLimit(env, 'RATE_LIMIT_REGISTER', '10/600'),
      signIn: rateLimit(env, 'RATE_LIMIT_SIGN_IN', '30/300'),
      passwordReset: rateLimit(env, 'RATE_LIMIT_PASSWORD_RESET', '5/900'),
      // Generous: a crowd behind one venue NAT signs up from a single IP.
      signup: rateLimit(env, 'RATE_LIMIT_SIGNUP', '600/60'),
    },
    lockoutThreshold: int(env, 'LOCKOUT_THRESHOLD', 5, 1),
    lockoutMinutes: int(env, 'LOCKOUT_MINUTES', 15, 1),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    bodyLimit: size(env, 'BODY_LIMIT', '100kb'),
    graphqlMaxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 12, 1),
    graphqlMaxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 30, 0),
    graphqlMaxCost: int(env, 'GRAPHQL_MAX_COST', 20000, 1),
    graphqlBudget: int(env, 'GRAPHQL_BUDGET', 40000, 1),
    graphqlBudgetRestorePerSecond: int(env, 'GRAPHQL_BUDGET_RESTORE_PER_SECOND', 2000, 1),
    graphqlBatching: bool(env, 'GRAPHQL_BATCHING', false),
    downloadLinkTtlMinutes: int(env, 'DOWNLOAD_LINK_TTL_MINUTES', 10, 1),
    smtpUrl: optional(env, 'SMTP_URL'),
    mailFrom: str(env, 'MAIL_FROM', 'Matchday <no-reply@matchday.local>'),
    /** Unset: checkout runs in TEST MODE (a built-in, clearly marked test checkout; no money moves). */
    stripeSecretKey,
    stripeWebhookSecret,
    /** Where the Stripe SDK sends its requests (tests point it at a local fake); unset: Stripe's API. */
    stripeApiUrl,
    /** How long a started checkout holds its seats before they go back on sale. */
    checkoutHoldSeconds: int(env, 'CHECKOUT_HOLD_SECONDS', 900, 5),
    /** How often the sweep releases expired holds a delayed job missed and retries owed refunds. */
    holdSweepSeconds: int(env, 'HOLD_SWEEP_SECONDS', 60, 1),
    /** How long an anonymous public read (events, event) may be answered from the cache; 0: never (at most 1000). */
    publicReadCacheMs: Math.min(int(env, 'PUBLIC_READ_CACHE_MS', 1000, 0), 1000),
    /** How often a process admits fans from the waiting rooms and checks whether their stock is gone. */
    waitingRoomTickMs: int(env, 'WAITING_ROOM_TICK_MS', 250, 20),
    /** TEST MODE only: how often memberships whose period is over are renewed or ended. */
    billingClockSeconds: int(env, 'BILLING_CLOCK_SECONDS', 60, 1),
    ...leadsAndSmsSettings(env),
    logLevel,
    /** The request log's SQL statement count follows every awaited call (AsyncLocalStorage), which puts a hook on every promise. */
    logSqlCounts: bool(env, 'LOG_SQL_COUNTS', !production),
    webDistDir: path.resolve(str(env, 'WEB_DIST_DIR', path.join(__dirname, '..', '..', 'web', 'dist'))),
  });
}

export type Config = ReturnType<typeof loadConfig>;
