import { Queue, Worker } from 'bullmq';
import { everyMinuteAtMost } from '../../infra/every-minute-at-most';
import { createRedis } from '../../infra/redis';
import type { Services } from '../../services';
import type { BackgroundWorker } from '../index';
import { QueueName } from '../jobs/queues';
import { SMS_JOB_ATTEMPTS, type SmsJobData } from './sms-outbox';

const RELAY_BATCH = 500;
const RELAY_IDLE_MS = 250;
const SWEEP_EVERY_MS = 30_000;

/** Moves PENDING outbox rows to the queue, and sweeps rows Redis lost back to PENDING. */
export async function startSmsOutboxRelay(services: Services): Promise<BackgroundWorker> {
  const { config, redisUrl, log } = services.infra;
  const connection = createRedis(redisUrl, 'queue', log);
  const queue = new Queue<SmsJobData>(QueueName.Sms, { connection, prefix: config.queuePrefix });
  queue.on('error', everyMinuteAtMost((err) => log.warn({ err }, 'The SMS outbox cannot reach Redis; texts wait in the outbox')));
  const relayTrouble = everyMinuteAtMost((err) => log.warn({ err }, 'The SMS outbox relay failed; it keeps trying'));
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
        relayTrouble(err);
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
      connection.disconnect();
    },
  };
}

/** Sends queued texts, one job per outbox row. */
export async function startSmsDeliveryWorker(services: Services): Promise<BackgroundWorker> {
  const { config, redisUrl, log } = services.infra;
  const connection = createRedis(redisUrl, 'queue', log);
  const worker = new Worker<SmsJobData>(
    QueueName.Sms,
    async (job) => {
      const outcome = await services.sms.delivery.deliver(job.data.id, job.attemptsMade + 1 >= SMS_JOB_ATTEMPTS);
      // BullMQ retries the job with backoff; the row waits QUEUED meanwhile.
      if (outcome === 'retry') throw new Error('Twilio was unavailable; will retry');
    },
    { connection, prefix: config.queuePrefix, concurrency: config.workerConcurrency },
  );
  worker.on('error', everyMinuteAtMost((err) => log.warn({ err }, 'The SMS sender cannot reach Redis; it keeps trying')));
  return {
    name: 'sms-delivery',
    close: async () => {
      await worker.close();
      // disconnect, not quit: quit waits for a Redis that may be gone.
      connection.disconnect();
    },
  };
}
