import { Router } from 'express';
import type { Services } from '../services';

/** /healthz: the process is alive. /readyz: Postgres and Redis answer (503 with the reason otherwise). */
export function healthRoutes(services: Services): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const { db, redis } = services.infra;
    const checks = await Promise.all([
      withTimeout(db.query('SELECT 1').then(() => 'ok'), 'postgres'),
      withTimeout(redis.ping().then(() => 'ok'), 'redis'),
    ]);
    const failed = checks.filter((check) => check !== 'ok');
    res.status(failed.length ? 503 : 200).json({ status: failed.length ? 'unavailable' : 'ok', problems: failed });
  });
  return router;
}

async function withTimeout(check: Promise<string>, name: string): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`${name} did not answer within 2 s`), 2000);
  });
  try {
    return await Promise.race([check.catch(() => `${name} is unreachable`), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
