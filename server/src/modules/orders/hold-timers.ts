import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { everyMinuteAtMost } from '../../infra/every-minute-at-most';
import type { Logger } from '../../infra/logger';
import { QueueName } from '../jobs/queues';

export const HoldJob = { Expire: 'expire', Sweep: 'sweep' } as const;

export interface ExpireJobData {
  orderId: string;
}

/**
 * A delayed BullMQ job per checkout hold, so seats come back the moment the hold ends. Redis being
 * down only delays that: the sweep (holds.jobs.ts) finds holds past their time in Postgres.
 */
export class HoldTimers {
  readonly queue: Queue<ExpireJobData>;

  /** `connection`: the shared commands connection, whose short retry makes an add fail fast while Redis is away. */
  constructor(connection: Redis, prefix: string, log: Logger) {
    this.queue = new Queue<ExpireJobData>(QueueName.Holds, { connection, prefix });
    this.queue.on('error', everyMinuteAtMost((err) => log.warn({ err }, 'The holds queue cannot reach Redis; the sweep releases holds meanwhile')));
  }

  async schedule(orderId: string, expiresAt: Date): Promise<void> {
    await this.queue.add(
      HoldJob.Expire,
      { orderId },
      {
        jobId: `expire-${orderId}`,
        // A second late rather than early: an early run finds the hold not yet due and leaves it.
        delay: Math.max(0, expiresAt.getTime() - Date.now()) + 1000,
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    );
  }
}
