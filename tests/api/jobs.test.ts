import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { parse } from 'csv-parse/sync';
import { Redis } from 'ioredis';
import { DownloadLinks, type DownloadHolder } from '../../server/src/modules/jobs/download-links';
import { QueueName } from '../../server/src/modules/jobs/queues';
import { adminToken, refreshCookieOf, register, signIn } from '../support/accounts';
import { ADMIN_EMAIL, dataOf, errorOf, graph, sql } from '../support/graph';
import { JWT_SECRET, startServer, startWorker, type RunningProcess, type RunningServer } from '../support/processes';
import { SubscriptionClient, type Recording } from '../support/subscriptions';
import { TestRedis } from '../support/test-redis';
import { createUser } from '../support/test-users';

interface JobView {
  id: string;
  kind: string;
  state: 'QUEUED' | 'ACTIVE' | 'COMPLETED' | 'FAILED' | 'CANCELLED';
  progress: number;
  processed: number;
  total: number | null;
  message: string | null;
  resultUrl: string | null;
  error: string | null;
  cancelRequested: boolean;
  startedAt: string | null;
  finishedAt: string | null;
}
type Update = { jobUpdated: JobView };
type Viewer = { id: string; token: string };

const JOB = 'id kind state progress processed total message resultUrl error cancelRequested startedAt finishedAt';
const JOB_UPDATED = `subscription ($id: ID) { jobUpdated(id: $id) { ${JOB} } }`;
const BULK_USERS = 5000;

// This suite's API and workers use their own BullMQ prefix, so the shared test server's
// in-process workers never take its jobs: "no worker running" really means none.
const queuePrefix = `test-jobs-${crypto.randomUUID().slice(0, 8)}`;
const run = crypto.randomUUID().slice(0, 8);

let api: RunningServer;
let admin: Viewer;
let fan: Viewer & { email: string };
let clients: SubscriptionClient[] = [];
let workers: RunningProcess[] = [];

const call = (query: string, variables: Record<string, unknown>, viewer: Viewer | null) =>
  graph(query, variables, { token: viewer?.token ?? null, url: api.url });

async function startExport(viewer: Viewer): Promise<JobView> {
  return dataOf(await call(`mutation { startUsersExport { ${JOB} } }`, {}, viewer)).startUsersExport;
}

async function cancelJob(viewer: Viewer, id: string) {
  return call(`mutation ($id: ID!) { cancelJob(id: $id) { ${JOB} } }`, { id }, viewer);
}

async function jobById(viewer: Viewer, id: string): Promise<JobView | null> {
  return dataOf(await call(`query ($id: ID!) { job(id: $id) { ${JOB} } }`, { id }, viewer)).job;
}

function worker(env: Record<string, string> = {}): RunningProcess {
  const started = startWorker({ QUEUE_PREFIX: queuePrefix, ...env });
  workers.push(started);
  return started;
}

function subscriptionClient(viewer: Viewer | null): SubscriptionClient {
  const client = new SubscriptionClient(api.wsUrl, viewer?.token);
  clients.push(client);
  return client;
}

/** Every update the recording holds for one job, in order. */
const updatesOf = (recording: Recording<Update>, id: string) => recording.events.map((e) => e.jobUpdated).filter((job) => job.id === id);

/**
 * Proves the viewer's subscription is live (or that everything published before has been
 * delivered): cancels a job of theirs that no worker serves and waits for that event.
 */
async function probe(recording: Recording<Update>, viewer: Viewer): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const [{ id }] = await sql(`INSERT INTO jobs (kind, created_by, queue) VALUES ('test.probe', $1, 'nobody:jobs') RETURNING id`, [viewer.id]);
    dataOf(await cancelJob(viewer, id));
    try {
      await recording.waitFor((event) => event.jobUpdated.id === id, 500);
      return;
    } catch {
      // The server had not registered the subscription yet; try again.
    }
  }
  throw new Error('The subscription never received a probe event.');
}

async function subscribeLive(viewer: Viewer): Promise<Recording<Update>> {
  const recording = subscriptionClient(viewer).subscribe<Update>(JOB_UPDATED);
  await probe(recording, viewer);
  return recording;
}

/** Who a download link was made for, as its `for` parameter says. */
function holderOf(link: URL): DownloadHolder {
  const [userId, via, credentialId, role] = link.searchParams.get('for')!.split('.');
  return { userId, via: via === 't' ? 'apiToken' : 'session', credentialId, role: role as DownloadHolder['role'] };
}

const resultFileOf = (id: string) => path.join(process.env.TEST_DATA_DIR!, 'files', 'jobs', `${id}.csv`);

beforeAll(async () => {
  api = await startServer({ RUN_WORKERS: 'false', QUEUE_PREFIX: queuePrefix });
  const token = await adminToken(api.url);
  admin = { id: dataOf(await graph('{ me { id } }', {}, { token, url: api.url })).me.id, token };
  // A name a spreadsheet would run as a formula.
  fan = await register({ url: api.url, label: 'jobs-fan', name: '=HYPERLINK("http://evil.test")' });
  await sql(
    `INSERT INTO users (email, name, password_hash)
     SELECT 'bulk-' || $1 || '-' || i || '@example.test', 'Bulk fan ' || i, 'not-a-real-hash' FROM generate_series(1, $2::int) AS i`,
    [run, BULK_USERS],
  );
});

afterEach(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await Promise.all(workers.map((started) => started.stop()));
  clients = [];
  workers = [];
});

afterAll(async () => {
  await api?.stop();
});

describe('the users export job', () => {
  it('runs in a separate worker process while an admin watches it over jobUpdated, then downloads the CSV', async () => {
    worker({ EXPORT_BATCH_SIZE: '10' });
    const live = await subscribeLive(admin);

    const started = await startExport(admin);
    expect(started).toMatchObject({ kind: 'users.export', state: 'QUEUED', progress: 0, processed: 0, resultUrl: null });
    const done = await live.waitFor((e) => e.jobUpdated.id === started.id && e.jobUpdated.state === 'COMPLETED');

    const updates = updatesOf(live, started.id);
    const states = updates.map((job) => job.state);
    expect(states[0]).toBe('QUEUED');
    expect(states.at(-1)).toBe('COMPLETED');
    expect(new Set(states.slice(1, -1))).toEqual(new Set(['ACTIVE']));
    const running = updates.filter((job) => job.state === 'ACTIVE');
    const processed = running.map((job) => job.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    const steps = new Set(processed.filter((count) => count > 0 && count < done.jobUpdated.processed));
    expect(steps.size).toBeGreaterThanOrEqual(3);
    const percents = running.map((job) => job.progress);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(running.every((job) => job.resultUrl === null && job.startedAt !== null)).toBe(true);

    const finished = done.jobUpdated;
    expect(finished.progress).toBe(100);
    expect(finished.processed).toBeGreaterThanOrEqual(BULK_USERS + 2);
    expect(finished.total).toBe(finished.processed);
    expect(finished.message).toBe(`Exported ${finished.processed} users.`);
    expect(finished.finishedAt).not.toBeNull();
    expect(finished.resultUrl).toMatch(new RegExp(`^${api.url}/downloads/jobs/${started.id}\\?for=${admin.id}\\.s\\.[0-9a-f-]{36}\\.ADMIN&expires=\\d+&signature=`));

    const download = await fetch(finished.resultUrl!);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="?users-export-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv"?$/);
    const rows = parse(await download.text()) as string[][];
    expect(rows[0]).toEqual(['id', 'email', 'name', 'role', 'status', 'created_at', 'last_sign_in_at']);
    expect(rows.length - 1).toBe(finished.processed);
    const byEmail = new Map(rows.slice(1).map((row) => [row[1], row]));
    expect(byEmail.get(ADMIN_EMAIL)).toEqual([admin.id, ADMIN_EMAIL, 'Admin', 'ADMIN', 'ACTIVE', expect.stringMatching(/Z$/), expect.any(String)]);
    expect(byEmail.get(`bulk-${run}-1@example.test`)?.[2]).toBe('Bulk fan 1');
    expect(byEmail.get(`bulk-${run}-${BULK_USERS}@example.test`)?.[2]).toBe(`Bulk fan ${BULK_USERS}`);
    // A name a spreadsheet would run as a formula comes out as text.
    expect(byEmail.get(fan.email)?.[2]).toBe(`'=HYPERLINK("http://evil.test")`);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(rows.length - 1);

    const read = await jobById(admin, started.id);
    expect(read).toMatchObject({ state: 'COMPLETED', progress: 100, processed: finished.processed });
    expect(read!.resultUrl).toMatch(/\/downloads\/jobs\//);
    const completed = dataOf(await call(`{ jobs(state: COMPLETED, first: 100) { edges { node { id state } } } }`, {}, admin)).jobs;
    expect(completed.edges.map((edge: { node: JobView }) => edge.node.id)).toContain(started.id);
    const audit = dataOf(await call(`{ auditLog(action: "users.export_started", first: 50) { edges { node { actorId targetType targetId } } } }`, {}, admin));
    expect(audit.auditLog.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({ actorId: admin.id, targetType: 'Job', targetId: started.id });
  });

  it('refuses a tampered or expired download link with 403, and a link to a job without a result with 404', async () => {
    worker();
    const live = await subscribeLive(admin);
    const started = await startExport(admin);
    const done = await live.waitFor((e) => e.jobUpdated.id === started.id && e.jobUpdated.state === 'COMPLETED');
    const link = new URL(done.jobUpdated.resultUrl!);
    expect((await fetch(link)).status).toBe(200);

    const signature = link.searchParams.get('signature')!;
    const tampered = new URL(link);
    tampered.searchParams.set('signature', `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`);
    expect((await fetch(tampered)).status).toBe(403);

    const stretched = new URL(link);
    stretched.searchParams.set('expires', String(Number(link.searchParams.get('expires')) + 3600));
    expect((await fetch(stretched)).status).toBe(403);

    const otherJob = new URL(link.href.replace(started.id, crypto.randomUUID()));
    expect((await fetch(otherJob)).status).toBe(403);

    const forAnother = new URL(link);
    forAnother.searchParams.set('for', link.searchParams.get('for')!.replace(admin.id, fan.id));
    expect((await fetch(forAnother)).status).toBe(403);

    // Signed with the server's secret for the same admin, but for a moment over an hour ago: expired.
    const links = new DownloadLinks(JWT_SECRET, 60, api.url);
    const holder = holderOf(link);
    const expired = await fetch(links.urlFor(started.id, holder, Date.now() - 61 * 60 * 1000));
    expect(expired.status).toBe(403);
    expect(await expired.text()).toMatch(/expired/);

    expect((await fetch(links.urlFor(crypto.randomUUID(), holder))).status).toBe(404);
  });

  it('serves a result only to the viewer its link was made for, while they keep their sign-in, role and account', async () => {
    worker();
    const live = await subscribeLive(admin);
    const started = await startExport(admin);
    await live.waitFor((e) => e.jobUpdated.id === started.id && e.jobUpdated.state === 'COMPLETED');

    const signedIn = await signIn((await createUser('ADMIN', 'Signing-out admin', api.url)).email, 'a-good-long-password', api.url);
    const session = { token: dataOf(signedIn).signIn.accessToken as string, cookie: refreshCookieOf(signedIn)! };
    const viaToken = (await createUser('ADMIN', 'Scripting admin', api.url)).token;
    const { token: apiToken, apiToken: { id: apiTokenId } } = dataOf(
      await call(`mutation { createApiToken(name: "exports") { token apiToken { id } } }`, {}, { id: '', token: viaToken }),
    ).createApiToken;
    const demoted = await createUser('ADMIN', 'Demoted admin', api.url);
    const disabled = await createUser('ADMIN', 'Disabled admin', api.url);
    const linkFor = async (token: string) => (await jobById({ id: '', token }, started.id))!.resultUrl!;
    const links = { session: await linkFor(session.token), token: await linkFor(apiToken), demoted: await linkFor(demoted.token), disabled: await linkFor(disabled.token) };
    for (const url of Object.values(links)) expect((await fetch(url)).status).toBe(200);

    dataOf(await graph('mutation SignOut { signOut }', {}, { cookie: session.cookie, url: api.url }));
    dataOf(await call(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: apiTokenId }, { id: '', token: viaToken }));
    dataOf(await call(`mutation($userId: ID!) { setUserRole(userId: $userId, role: FAN) { id } }`, { userId: demoted.id }, admin));
    dataOf(await call(`mutation($userId: ID!) { setUserStatus(userId: $userId, status: DISABLED) { id } }`, { userId: disabled.id }, admin));

    for (const url of Object.values(links)) {
      const refused = await fetch(url);
      expect(refused.status).toBe(403);
      expect(await refused.text()).toMatch(/no longer have access/);
    }
    // The demoted admin, now a fan, gets no link at all (the job is not theirs).
    expect(await jobById({ id: demoted.id, token: demoted.token }, started.id)).toBeNull();
    expect((await fetch((await jobById(admin, started.id))!.resultUrl!)).status).toBe(200);
  });
});

describe('cancelling a job', () => {
  it('cancels a queued job at once, and a worker started later never runs it', async () => {
    const queued = await startExport(admin);
    expect((await jobById(admin, queued.id))!.state).toBe('QUEUED');

    const cancelled = dataOf(await cancelJob(admin, queued.id)).cancelJob;
    expect(cancelled).toMatchObject({ id: queued.id, state: 'CANCELLED', resultUrl: null, startedAt: null });
    expect(cancelled.finishedAt).not.toBeNull();
    const again = await cancelJob(admin, queued.id);
    expect(errorOf(again).extensions?.code).toBe('CONFLICT');

    // Jobs run in the order they were queued: once a later job is done, the cancelled one would have run.
    const live = await subscribeLive(admin);
    const later = await startExport(admin);
    worker();
    await live.waitFor((e) => e.jobUpdated.id === later.id && e.jobUpdated.state === 'COMPLETED');
    expect(updatesOf(live, queued.id)).toEqual([]);
    expect(await jobById(admin, queued.id)).toMatchObject({ state: 'CANCELLED', startedAt: null, processed: 0, resultUrl: null });
    expect(fs.existsSync(resultFileOf(queued.id))).toBe(false);

    const audit = dataOf(await call(`{ auditLog(action: "job.cancelled", first: 100) { edges { node { actorId targetId details } } } }`, {}, admin));
    expect(audit.auditLog.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({
      actorId: admin.id,
      targetId: queued.id,
      details: { kind: 'users.export', from: 'QUEUED' },
    });
  });

  it('stops a running job at its next batch, leaving no result', async () => {
    worker({ EXPORT_BATCH_SIZE: '2' });
    const live = await subscribeLive(admin);
    const started = await startExport(admin);
    await live.waitFor((e) => e.jobUpdated.id === started.id && e.jobUpdated.state === 'ACTIVE' && e.jobUpdated.processed > 0);

    const asked = dataOf(await cancelJob(admin, started.id)).cancelJob;
    expect(asked).toMatchObject({ state: 'ACTIVE', cancelRequested: true });
    const done = await live.waitFor((e) => e.jobUpdated.id === started.id && ['CANCELLED', 'COMPLETED'].includes(e.jobUpdated.state));

    expect(done.jobUpdated).toMatchObject({ state: 'CANCELLED', resultUrl: null, error: null });
    expect(done.jobUpdated.processed).toBeLessThan(done.jobUpdated.total!);
    expect(await jobById(admin, started.id)).toMatchObject({ state: 'CANCELLED', resultUrl: null });
    expect(fs.existsSync(resultFileOf(started.id))).toBe(false);
  });
});

describe('a failing job', () => {
  it('is retried with backoff, showing QUEUED with the reason in between, then FAILED with a safe sentence', async () => {
    // A data folder whose files/ is a plain file: the worker cannot write any result.
    const brokenDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'matchday-broken-'));
    fs.writeFileSync(path.join(brokenDataDir, 'files'), 'not a folder');
    try {
      worker({ DATA_DIR: brokenDataDir });
      const live = await subscribeLive(admin);
      const started = await startExport(admin);
      const failed = await live.waitFor((e) => e.jobUpdated.id === started.id && e.jobUpdated.state === 'FAILED');

      expect(updatesOf(live, started.id).map((job) => [job.state, job.message])).toEqual([
        ['QUEUED', null],
        ['ACTIVE', null],
        ['QUEUED', 'Attempt 1 of 3 failed; retrying'],
        ['ACTIVE', null],
        ['QUEUED', 'Attempt 2 of 3 failed; retrying'],
        ['ACTIVE', null],
        ['FAILED', null],
      ]);
      expect(failed.jobUpdated.error).toBe("The job failed after 3 attempts. The details are in the worker's log.");
      expect(await jobById(admin, started.id)).toMatchObject({ state: 'FAILED', resultUrl: null, error: failed.jobUpdated.error });
    } finally {
      fs.rmSync(brokenDataDir, { recursive: true, force: true });
    }
  });
});

describe('the dispatcher', () => {
  it('queues again a job that Postgres has as QUEUED but Redis lost', async () => {
    const started = await startExport(admin);
    const connection = new Redis(process.env.TEST_REDIS_URL!, { maxRetriesPerRequest: null });
    const queue = new Queue(QueueName.Jobs, { connection, prefix: queuePrefix });
    try {
      expect(await queue.getJob(started.id)).toBeDefined();
      await queue.remove(started.id);
      expect(await queue.getJob(started.id)).toBeUndefined();
    } finally {
      await queue.close();
      await connection.quit();
    }
    expect((await jobById(admin, started.id))!.state).toBe('QUEUED');

    const live = await subscribeLive(admin);
    worker({ JOB_SWEEP_SECONDS: '1' });
    const done = await live.waitFor((e) => e.jobUpdated.id === started.id && e.jobUpdated.state === 'COMPLETED');
    expect(done.jobUpdated.resultUrl).not.toBeNull();
  });

  it('starts a job while Redis is down and runs it once Redis is back, though Redis lost everything', async () => {
    const redis = await TestRedis.start();
    let ownApi: RunningServer | undefined;
    let ownWorker: RunningProcess | undefined;
    try {
      ownApi = await startServer({ RUN_WORKERS: 'false', QUEUE_PREFIX: queuePrefix, REDIS_URL: redis.url });
      await redis.stop();

      const started = dataOf(await graph(`mutation { startUsersExport { ${JOB} } }`, {}, { token: admin.token, url: ownApi.url })).startUsersExport;
      expect(started.state).toBe('QUEUED');

      await redis.start(); // empty: nothing of the queue survived
      ownWorker = startWorker({ QUEUE_PREFIX: queuePrefix, REDIS_URL: redis.url, JOB_SWEEP_SECONDS: '1' });
      let job = started;
      for (const deadline = Date.now() + 30_000; job.state !== 'COMPLETED' && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        job = (await jobById(admin, started.id))!;
      }
      expect(job).toMatchObject({ state: 'COMPLETED', progress: 100 });
      expect(job.resultUrl).not.toBeNull();
    } finally {
      // Both talk to this Redis, so they stop before it does.
      await Promise.all([ownWorker?.stop(), ownApi?.stop()]);
      await redis.destroy();
    }
  });
});

describe('who may see and do what', () => {
  it('lets only admins start the users export', async () => {
    expect(errorOf(await call('mutation { startUsersExport { id } }', {}, fan)).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await call('mutation { startUsersExport { id } }', {}, null)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('asks an anonymous caller to sign in for jobs, job and jobUpdated', async () => {
    expect(errorOf(await call('{ jobs { totalCount } }', {}, null)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await call(`{ job(id: "${crypto.randomUUID()}") { id } }`, {}, null)).extensions?.code).toBe('UNAUTHENTICATED');
    const anonymous = subscriptionClient(null).subscribe<Update>(JOB_UPDATED);
    await anonymous.ended();
    expect(anonymous.errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.events).toEqual([]);
  });

  it("keeps an admin's job from a fan: job, jobs, cancelJob and jobUpdated", async () => {
    const adminJob = await startExport(admin);
    const fanClient = subscriptionClient(fan);
    const fanWatchingIt = fanClient.subscribe<Update>(JOB_UPDATED, { id: adminJob.id });
    const fanWatchingAll = fanClient.subscribe<Update>(JOB_UPDATED);
    await probe(fanWatchingAll, fan);
    // On one connection the first subscription is registered before the second, which the probe proves live.
    const adminClient = subscriptionClient(admin);
    const adminWatchingIt = adminClient.subscribe<Update>(JOB_UPDATED, { id: adminJob.id });
    const adminWatchingAll = adminClient.subscribe<Update>(JOB_UPDATED);
    await probe(adminWatchingAll, admin);

    expect(await jobById(fan, adminJob.id)).toBeNull();
    expect(errorOf(await cancelJob(fan, adminJob.id)).extensions?.code).toBe('NOT_FOUND');
    const fanJobs = dataOf(await call(`{ jobs(first: 100) { totalCount edges { node { id startedBy { id } } } } }`, {}, fan)).jobs;
    expect(fanJobs.totalCount).toBeGreaterThan(0); // the probe jobs are the fan's own
    expect(fanJobs.edges.every((edge: { node: { startedBy: { id: string } } }) => edge.node.startedBy.id === fan.id)).toBe(true);
    expect(fanJobs.edges.map((edge: { node: JobView }) => edge.node.id)).not.toContain(adminJob.id);

    // The admin's job changes while the fan listens; a later event of the fan's own then arrives,
    // so anything about the admin's job would have reached the fan by then.
    dataOf(await cancelJob(admin, adminJob.id));
    await adminWatchingIt.waitFor((e) => e.jobUpdated.state === 'CANCELLED');
    await adminWatchingAll.waitFor((e) => e.jobUpdated.id === adminJob.id && e.jobUpdated.state === 'CANCELLED');
    expect(adminWatchingIt.events.map((e) => e.jobUpdated.id)).toEqual([adminJob.id]); // not the probes
    await probe(fanWatchingAll, fan);
    expect(updatesOf(fanWatchingAll, adminJob.id)).toEqual([]);
    expect(fanWatchingAll.events.length).toBeGreaterThan(0);
    expect(fanWatchingIt.events).toEqual([]);
    expect(fanWatchingIt.errors).toEqual([]);
  });
});
