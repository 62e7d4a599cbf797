import fs from 'node:fs';
import type { LocalService } from '../../server/src/infra/embedded-postgres';
import type { RunningServer } from './processes';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__MATCHDAY__ as
    | { dir: string; postgres: LocalService; redis: LocalService; server: RunningServer }
    | undefined;
  if (!state) return;
  await state.server.stop();
  await state.redis.stop();
  await state.postgres.stop();
  fs.rmSync(state.dir, { recursive: true, force: true });
}
