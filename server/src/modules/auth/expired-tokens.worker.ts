import type { Services } from '../../services';
import type { BackgroundWorker } from '..';

const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Deletes refresh and reset tokens a day after they expired: each refresh leaves a spent row
 * behind, and nothing reads an expired one (it is refused either way). Every process may run it;
 * concurrent deletes of the same rows are harmless.
 */
export async function startExpiredTokensSweeper(services: Services): Promise<BackgroundWorker> {
  const { db, log } = services.infra;
  const sweep = async () => {
    try {
      await db.query(`DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day'`);
      await db.query(`DELETE FROM password_reset_tokens WHERE expires_at < now() - interval '1 day'`);
    } catch (err) {
      log.warn({ err }, 'Could not delete expired tokens; trying again in an hour');
    }
  };
  let running = sweep();
  const timer = setInterval(() => {
    running = sweep();
  }, SWEEP_EVERY_MS);
  timer.unref();
  return {
    name: 'expired-tokens',
    close: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
