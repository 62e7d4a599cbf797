import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { everyMinuteAtMost } from '../../infra/every-minute-at-most';
import type { Logger } from '../../infra/logger';
import { JOB_ATTEMPTS, JOB_BACKOFF, QueueName } from './queues';

/** The data BullMQ carries for a job: only enough to find its row, which holds the truth. */
export interface JobMessage {
  kind: string;
}

/** The BullMQ side of jobs: a job's BullMQ id is its row id, so adding it twice is harmless. */
export class JobQueue {
  private readonly queue: Queue<JobMessage>;
  /** Recorded on each row so a sweep only re-queues its own queue's jobs. */
  readonly name: string;

  /**
   * `connection` is the shared commands connection: its short retry makes an add fail fast
   * while Redis is away (the row stays QUEUED and the sweep adds it later).
   */
  constructor(connection: Redis, prefix: string, log: Logger) {
    this.queue = new Queue<JobMessage>(QueueName.Jobs, { connection, prefix });
    this.queue.on('error', everyMinuteAtMost((err) => log.warn({ err }, 'The job queue cannot reach Redis; new jobs wait in Postgres')));
    this.name = `${prefix}:${QueueName.Jobs}`;
  }

  async add(id: string, kind: string): Promise<void> {
    await this.queue.add(
      kind,
      { kind },
      { jobId: id, attempts: JOB_ATTEMPTS, backoff: JOB_BACKOFF, removeOnComplete: true, removeOnFail: true },
    );
  }

  /** Takes a waiting or delayed job off the queue (a running one is locked and stays). */
  async remove(id: string): Promise<void> {
    await this.queue.remove(id);
  }

  async has(id: string): Promise<boolean> {
    return (await this.queue.getJob(id)) !== undefined;
  }
}
