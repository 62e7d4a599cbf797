import { adminToken } from '../support/accounts';
import { eventually } from '../support/eventually';
import { startIsolatedServer, type IsolatedServer } from '../support/isolated-server';
import { startServer, startWorker, type RunningProcess, type RunningServer } from '../support/processes';
import { publishedEvent } from '../support/ticketing';
import { createFans, type TestUser } from '../support/test-users';
import { join, onSaleStats, placeOf, setOnSale, type Place } from '../support/waiting-room';

/**
 * The queue lives in Redis: stopping the API and the workers (one killed outright) loses no
 * place, and however many replicas admit afterwards, nobody is admitted twice.
 */
describe('the waiting room across restarts', () => {
  let isolated: IsolatedServer;
  let api: RunningServer;
  const workers: RunningProcess[] = [];

  beforeAll(async () => {
    isolated = await startIsolatedServer({ RUN_WORKERS: 'false' });
    api = isolated.server;
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await api?.stop();
    await isolated?.stop();
  });

  const stack = () => ({ DATABASE_URL: isolated.databaseUrl, REDIS_URL: isolated.redis.url, RUN_WORKERS: 'false' });

  test('a restart of the API and the workers loses no place and admits nobody twice', async () => {
    const admin = { token: await adminToken(api.url), url: api.url };
    const event = await publishedEvent(admin);
    const fans = await createFans(12, isolated.databaseUrl);
    const startsAt = new Date(Date.now() + 1500).toISOString();
    await setOnSale(admin, event.id, { startsAt, admissionsPerMinute: 60 });
    for (const fan of fans) expect((await join({ ...fan, url: api.url }, event.id)).phase).toBe('BEFORE_START');
    workers.push(startWorker(stack()));

    const standing = async (fan: TestUser) => placeOf({ token: fan.token, url: api.url }, event.id);
    await eventually(async () => (await onSaleStats(admin, event.id)).admitted >= 2, 'admissions by the first worker', 30_000);
    const before = new Map<TestUser, Place>();
    for (const fan of fans) before.set(fan, await standing(fan));

    await workers.pop()!.stop('SIGKILL');
    await api.stop();
    api = await startServer(stack());
    admin.url = api.url;
    admin.token = await adminToken(api.url);

    // Every fan is where they were: the same place in line, or the same pass.
    for (const fan of fans) {
      const was = before.get(fan)!;
      const now = await standing(fan);
      if (was.phase === 'ADMITTED') expect(now).toEqual(was);
      else if (now.phase === 'QUEUED') expect(now.place).toBe(was.place);
      else expect(now.phase).toBe('ADMITTED');
    }

    // Two worker replicas and the API's own workers admit the rest, quickly now.
    await api.stop();
    api = await startServer({ ...stack(), RUN_WORKERS: 'true' });
    admin.url = api.url;
    workers.push(startWorker(stack()), startWorker(stack()));
    await setOnSale(admin, event.id, { startsAt, admissionsPerMinute: 6000 });
    await eventually(async () => (await onSaleStats(admin, event.id)).queued === 0, 'the whole queue admitted', 30_000);

    const after = await Promise.all(fans.map(standing));
    expect(after.map((place) => place.phase)).toEqual(fans.map(() => 'ADMITTED'));
    expect(await onSaleStats(admin, event.id)).toMatchObject({ queued: 0, admitted: 12, passesActive: 12, passesReturned: 0 });
    // Admitted in place order: a pass never starts before the pass of a fan ahead.
    const queuedBefore = fans.filter((fan) => before.get(fan)!.phase === 'QUEUED').sort((a, b) => before.get(a)!.place! - before.get(b)!.place!);
    const passStarts = queuedBefore.map((fan) => new Date(after[fans.indexOf(fan)].passExpiresAt!).getTime());
    expect(passStarts).toEqual([...passStarts].sort((a, b) => a - b));
  }, 120_000);
});
