import { Worker } from 'bullmq';
import { createRedis } from '../../infra/redis';
import type { Services } from '../../services';
import type { BackgroundWorker } from '..';
import { QueueName } from '../jobs/queues';
import { HoldJob, type ExpireJobData } from './hold-timers';
import { OrderStatus } from './order.entity';

/**
 * The holds worker: runs each checkout's delayed 'expire' job, and the 'sweep' every
 * HOLD_SWEEP_SECONDS (one BullMQ job scheduler, so one replica sweeps per tick, not all of them).
 */
export async function startHoldsWorker(services: Services): Promise<BackgroundWorker> {
  const { config, redisUrl, log } = services.infra;
  // BullMQ duplicates this connection for its blocking reads; it needs maxRetriesPerRequest: null.
  const connection = createRedis(redisUrl, 'queue', log);
  const worker = new Worker(
    QueueName.Holds,
    async (job) => {
      if (job.name === HoldJob.Expire) {
        await services.expireHold.run((job.data as ExpireJobData).orderId, OrderStatus.EXPIRED, { onlyIfDue: true });
      } else if (job.name === HoldJob.Sweep) {
        await services.holdSweep.run();
      }
    },
    { connection, prefix: config.queuePrefix, concurrency: config.workerConcurrency },
  );
  worker.on('failed', (job, err) => log.warn({ err, job: job?.name, jobId: job?.id }, 'Holds job failed'));
  await services.holdTimers.queue.upsertJobScheduler(
    'holds-sweep',
    { every: config.holdSweepSeconds * 1000 },
    { name: HoldJob.Sweep, opts: { removeOnComplete: true, removeOnFail: 100 } },
  );
  return {
    name: 'holds',
    close: async () => {
      await worker.close();
      connection.disconnect();
    },
  };
}
