import { Queue, Worker } from 'bullmq';
import { createRedis } from '../../infra/redis';
import type { Services } from '../../services';
import type { BackgroundWorker } from '../index';
import { SMS_JOB_ATTEMPTS, SMS_QUEUE, type SmsJobData } from './sms-outbox';

const RELAY_BATCH = 500;
const RELAY_IDLE_MS = 250;
const SWEEP_EVERY_MS = 30_000;

/** Moves PENDING outbox rows to the queue, and sweeps rows Redis lost back to PENDING. */
export async function startSmsOutboxRelay(services: Services): Promise<BackgroundWorker> {
  const { config, redisUrl, log } = services.infra;
  const queue = new Queue<SmsJobData>(SMS_QUEUE, { connection: createRedis(redisUrl, 'queue') });
  queue.on('error', (err) => log.warn({ err: err.message }, 'SMS queue connection problem'));
  let stopped = false;
  let wake: (() => void) | null = null;

  const loop = async () => {
    let lastSweep = 0;
    while (!stopped) {
      let moved = 0;
      try {
        if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
          lastSweep = Date.now();
          const swept = await services.sms.outbox.sweep(config.smsRequeueAfterSeconds);
          if (swept.requeued || swept.abandoned) log.warn(swept, 'SMS outbox sweeper moved stuck texts');
        }
        moved = await services.sms.outbox.relay(queue, RELAY_BATCH);
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'SMS outbox relay failed; retrying');
      }
      if (moved < RELAY_BATCH && !stopped) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, moved ? 0 : RELAY_IDLE_MS);
        });
      }
    }
  };
  const running = loop();

  return {
    name: 'sms-outbox-relay',
    close: async () => {
      stopped = true;
      wake?.();
      // A relay blocked on an unreachable Redis must not hold up shutdown: its rows stay QUEUED and the sweeper returns them.
      await Promise.race([running, new Promise((r) => setTimeout(r, 2_000))]);
      await Promise.race([queue.close(), new Promise((r) => setTimeout(r, 2_000))]);
    },
  };
}

/** Sends queued texts, one job per outbox row. */
export async function startSmsDeliveryWorker(services: Services): Promise<BackgroundWorker> {
  const { config, redisUrl, log } = services.infra;
  const worker = new Worker<SmsJobData>(
    SMS_QUEUE,
    async (job) => {
      const outcome = await services.sms.delivery.deliver(job.data.id, job.attemptsMade + 1 >= SMS_JOB_ATTEMPTS);
      // BullMQ retries the job with backoff; the row waits QUEUED meanwhile.
      if (outcome === 'retry') throw new Error('Twilio was unavailable; will retry');
    },
    { connection: createRedis(redisUrl, 'queue'), concurrency: config.workerConcurrency },
  );
  worker.on('error', (err) => log.warn({ err: err.message }, 'SMS worker connection problem'));
  return { name: 'sms-delivery', close: () => worker.close() };
}
