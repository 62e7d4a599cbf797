import { UnrecoverableError, Worker, type Job as BullJob } from 'bullmq';
import { everyMinuteAtMost } from '../../infra/every-minute-at-most';
import { createRedis } from '../../infra/redis';
import type { Services } from '../../services';
import type { BackgroundWorker } from '..';
import { JobCancelledError, JobFailure, type JobHandler } from './job-handler';
import { JobLifecycle } from './job-lifecycle';
import type { JobMessage } from './job-queue';
import { JobRun } from './job-run';
import { QueueName } from './queues';

/**
 * The BullMQ worker that runs jobs: it takes a job off the queue, claims its row, runs the
 * handler for its kind, and keeps the row (and jobUpdated) in step: ACTIVE, progress, then
 * COMPLETED, CANCELLED, QUEUED for a retry, or FAILED.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function startJobRunner(services: Services, handlers: JobHandler<any>[]): Promise<BackgroundWorker> {
  const { config, db, pubSub, redisUrl, log } = services.infra;
  const byKind = new Map(handlers.map((handler) => [handler.kind, handler]));
  const lifecycle = new JobLifecycle(db, pubSub);

  async function run(bullJob: BullJob<JobMessage>): Promise<void> {
    const job = await lifecycle.claim(bullJob.id!);
    if (!job) return;
    const jobLog = log.child({ jobId: job.id, kind: job.kind });
    const handler = byKind.get(job.kind);
    if (!handler) {
      jobLog.error('No handler is registered for this kind of job');
      await lifecycle.fail(job, 'This kind of job is not known to the worker.');
      return;
    }
    const attempt = bullJob.attemptsMade + 1;
    const attempts = bullJob.opts.attempts ?? 1;
    const jobRun = new JobRun(job, lifecycle, services.jobs.files, jobLog);
    try {
      const outcome = await handler.run(jobRun.context(services));
      await jobRun.settle();
      const latest = outcome?.message ? { ...jobRun.latest, message: outcome.message } : jobRun.latest;
      await lifecycle.complete(job, latest, jobRun.resultFile(outcome?.resultPath));
    } catch (err) {
      await jobRun.settle();
      await jobRun.removeFiles();
      if (err instanceof JobCancelledError) {
        await lifecycle.cancelled(job);
        jobLog.info('Job cancelled');
        return;
      }
      if (err instanceof JobFailure) {
        jobLog.warn({ reason: err.message }, 'Job failed');
        await lifecycle.fail(job, err.message);
        throw new UnrecoverableError(err.message);
      }
      jobLog.error({ err, attempt, attempts }, 'Job attempt failed');
      if (attempt < attempts) await lifecycle.retrying(job, attempt, attempts);
      else await lifecycle.fail(job, `The job failed after ${attempts} attempts. The details are in the worker's log.`);
      throw err;
    }
  }

  // BullMQ duplicates this connection for its blocking reads; it needs maxRetriesPerRequest: null.
  const connection = createRedis(redisUrl, 'queue', log);
  const worker = new Worker<JobMessage>(QueueName.Jobs, run, {
    connection,
    prefix: config.queuePrefix,
    concurrency: config.workerConcurrency,
  });
  worker.on('error', everyMinuteAtMost((err) => log.warn({ err }, 'The job runner cannot reach Redis; it keeps trying')));
  await worker.waitUntilReady();
  return {
    name: 'job runner',
    close: async () => {
      await worker.close();
      // Not quit(): with Redis away it would wait for Redis forever.
      connection.disconnect();
    },
  };
}
