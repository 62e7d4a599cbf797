import { Worker } from 'bullmq';
import { everyMinuteAtMost } from '../../infra/every-minute-at-most';
import { startOutboxRelay } from '../../infra/outbox-relay';
import { createRedis } from '../../infra/redis';
import type { Services } from '../../services';
import type { BackgroundWorker } from '../index';
import { QueueName } from '../jobs/queues';
import { SMS_JOB_ATTEMPTS, type SmsJobData } from './sms-outbox';

/** Moves PENDING outbox rows to the queue, and sweeps rows Redis lost back to PENDING. */
export function startSmsOutboxRelay(services: Services): Promise<BackgroundWorker> {
  const { config, log } = services.infra;
  return startOutboxRelay<SmsJobData>(services, {
    name: 'sms-outbox-relay',
    queueName: QueueName.Sms,
    relay: (queue, limit) => services.sms.outbox.relay(queue, limit),
    sweep: async () => {
      const swept = await services.sms.outbox.sweep(config.smsRequeueAfterSeconds);
      if (swept.requeued || swept.abandoned) log.warn(swept, 'SMS outbox sweeper moved stuck texts');
    },
    redisAway: 'The SMS outbox cannot reach Redis; texts wait in the outbox',
    failed: 'The SMS outbox relay failed; it keeps trying',
  });
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
