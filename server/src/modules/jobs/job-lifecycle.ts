import { In, type DataSource } from 'typeorm';
import type { PubSub } from '../../graphql/pubsub';
import { FINISHED_STATES, Job, JobState } from './job.entity';
import { publishJobUpdate } from './job-update';
import { emitWebhook, webhookData, WebhookEventType } from '../outgoing-webhooks';

export interface ProgressValues {
  processed: number;
  total: number | null;
  message: string | null;
}

/** Percent done for the graph; 0 while the total is unknown. */
export function percent(processed: number, total: number | null): number {
  if (!total || total <= 0) return 0;
  return Math.min(100, Math.round((processed / total) * 1000) / 10);
}

const RUNNABLE = [JobState.QUEUED, JobState.ACTIVE];

/**
 * The runner's side of a job's row: every change is a conditional update (so a cancel or a
 * second delivery cannot be overwritten by a stale runner) and is published as jobUpdated.
 */
export class JobLifecycle {
  constructor(
    private readonly db: DataSource,
    private readonly pubSub: PubSub,
  ) {}

  private get repo() {
    return this.db.getRepository(Job);
  }

  /**
   * Moves a job the queue handed over to ACTIVE. Null when it must not run: unknown, finished,
   * or cancelled (a job whose cancel was asked while no runner held it is marked CANCELLED here).
   * ACTIVE is accepted too: that is a job whose runner died and which BullMQ handed out again.
   */
  async claim(id: string): Promise<Job | null> {
    const job = await this.repo.findOneBy({ id });
    if (!job || FINISHED_STATES.includes(job.state)) return null;
    if (job.cancelRequested) {
      await this.cancelled(job);
      return null;
    }
    const changes = { state: JobState.ACTIVE, startedAt: job.startedAt ?? new Date(), processed: 0, progress: 0, message: null, error: null };
    const { affected } = await this.repo.update(
      { id, state: In(RUNNABLE), cancelRequested: false },
      { ...changes, attempts: () => 'attempts + 1' },
    );
    if (!affected) return null;
    Object.assign(job, changes, { attempts: job.attempts + 1 });
    publishJobUpdate(this.pubSub, job);
    return job;
  }

  /** Saves progress; true when the job must stop (cancel was asked, or it is no longer ACTIVE). */
  async saveProgress(job: Job, values: ProgressValues): Promise<boolean> {
    const changes = { ...values, progress: percent(values.processed, values.total) };
    const result = await this.repo
      .createQueryBuilder()
      .update(Job)
      .set(changes)
      .where({ id: job.id, state: JobState.ACTIVE })
      .returning('cancel_requested')
      .execute();
    const row = (result.raw as { cancel_requested: boolean }[])[0];
    if (!row) return true;
    Object.assign(job, changes);
    publishJobUpdate(this.pubSub, job);
    return row.cancel_requested;
  }

  async cancelRequested(id: string): Promise<boolean> {
    const row = await this.repo.findOne({ select: { state: true, cancelRequested: true }, where: { id } });
    return !row || row.state !== JobState.ACTIVE || row.cancelRequested;
  }

  complete(job: Job, values: ProgressValues, resultPath: string | null): Promise<boolean> {
    return this.transition(job, [JobState.ACTIVE], {
      state: JobState.COMPLETED,
      processed: values.processed,
      total: values.total ?? values.processed,
      progress: 100,
      message: values.message,
      resultPath,
      finishedAt: new Date(),
    });
  }

  /** Between attempts the row is QUEUED again, saying why. */
  retrying(job: Job, attempt: number, attempts: number): Promise<boolean> {
    return this.transition(job, [JobState.ACTIVE], {
      state: JobState.QUEUED,
      message: `Attempt ${attempt} of ${attempts} failed; retrying`,
    });
  }

  fail(job: Job, error: string): Promise<boolean> {
    return this.transition(job, RUNNABLE, { state: JobState.FAILED, error, message: null, finishedAt: new Date() });
  }

  cancelled(job: Job): Promise<boolean> {
    return this.transition(job, RUNNABLE, { state: JobState.CANCELLED, cancelRequested: true, message: null, finishedAt: new Date() });
  }

  /** A conditional update; a COMPLETED job's job.completed webhook is written in the same transaction. */
  private async transition(job: Job, from: JobState[], changes: Partial<Omit<Job, 'payload'>>): Promise<boolean> {
    const affected = await this.db.transaction(async (manager) => {
      const { affected } = await manager.update(Job, { id: job.id, state: In(from) }, changes);
      if (affected && changes.state === JobState.COMPLETED) await emitWebhook(manager, WebhookEventType.JOB_COMPLETED, webhookData.job({ ...job, ...changes }));
      return affected;
    });
    if (!affected) return false;
    Object.assign(job, changes);
    publishJobUpdate(this.pubSub, job);
    return true;
  }
}
