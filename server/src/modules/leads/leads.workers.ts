import type { Services } from '../../services';
import type { BackgroundWorker } from '../index';

const EVERY_MS = 60 * 60 * 1000;

/** Signup receipts answer retries for a day; older ones are deleted hourly. */
export async function startSignupReceiptSweeper(services: Services): Promise<BackgroundWorker> {
  const { db, log } = services.infra;
  const sweep = () =>
    db
      .query(`DELETE FROM lead_signup_receipts WHERE created_at < now() - interval '1 day'`)
      .catch((err: Error) => log.warn({ err: err.message }, 'Signup receipt sweep failed; retrying in an hour'));
  void sweep();
  const timer = setInterval(sweep, EVERY_MS);
  timer.unref();
  return { name: 'signup-receipt-sweeper', close: async () => clearInterval(timer) };
}
