import { Queue } from 'bullmq';
import { createRedis } from '../../infra/redis';
import { QueueName } from '../../infra/queues';

export const HoldJob = { Expire: 'expire', Sweep: 'sweep' } as const;

export interface ExpireJobData {
  orderId: string;
}

/**
 * A delayed BullMQ job per checkout hold, so seats come back the moment the hold ends. Redis being
 * down only delays that: the sweep (holds.jobs.ts) finds holds past their time in Postgres.
 */
export class HoldTimers {
  private queue: Queue | null = null;

  constructor(private readonly redisUrl: string) {}

  /** The holds queue, opened on first use (a process that sells nothing never connects it). */
  get holdsQueue(): Queue {
    this.queue ??= new Queue(QueueName.Holds, { connection: createRedis(this.redisUrl, 'queue') });
    return this.queue;
  }

  async schedule(orderId: string, expiresAt: Date): Promise<void> {
    const data: ExpireJobData = { orderId };
    await this.holdsQueue.add(HoldJob.Expire, data, {
      jobId: `expire-${orderId}`,
      // A second late rather than early: an early run finds the hold not yet due and leaves it.
      delay: Math.max(0, expiresAt.getTime() - Date.now()) + 1000,
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: true,
      removeOnFail: 1000,
    });
  }

  async close(): Promise<void> {
    await this.queue?.close();
  }
}
