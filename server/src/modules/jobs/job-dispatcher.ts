import type { Services } from '../../services';
import type { BackgroundWorker } from '..';

/**
 * Every JOB_SWEEP_SECONDS, re-adds to BullMQ the jobs Postgres has as QUEUED but Redis does not
 * (Redis was down when they started, or lost its data): a Redis outage delays jobs, never loses them.
 */
export async function startJobDispatcher(services: Services): Promise<BackgroundWorker> {
  const { config, log } = services.infra;
  let sweeping: Promise<void> = Promise.resolve();
  let busy = false;

  const sweep = () => {
    if (busy) return;
    busy = true;
    sweeping = services.jobs
      .requeueLost()
      .then((count) => {
        if (count) log.info({ count }, 'Re-queued jobs that Redis had lost');
      })
      .catch((err) => log.warn({ err: err instanceof Error ? err.message : String(err) }, 'Job sweep failed; retrying later'))
      .finally(() => {
        busy = false;
      });
  };

  sweep();
  const timer = setInterval(sweep, config.jobSweepSeconds * 1000);
  return {
    name: 'job dispatcher',
    close: async () => {
      clearInterval(timer);
      await sweeping;
    },
  };
}
