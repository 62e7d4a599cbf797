import { Topic, type PubSub } from '../../graphql/pubsub';
import { Job, type JobState } from './job.entity';

/** A Topic.JobUpdated payload: the job as plain JSON (dates as ISO strings), without its input. */
export interface JobUpdate {
  id: string;
  kind: string;
  state: JobState;
  progress: number;
  processed: number;
  total: number | null;
  message: string | null;
  resultPath: string | null;
  error: string | null;
  createdBy: string | null;
  queue: string;
  attempts: number;
  cancelRequested: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const date = (value: string | null) => (value ? new Date(value) : null);

/** Publishes the job's current state to every process (the pub/sub is Redis-backed). */
export function publishJobUpdate(pubSub: PubSub, job: Job): void {
  const update: JobUpdate = {
    id: job.id,
    kind: job.kind,
    state: job.state,
    progress: job.progress,
    processed: job.processed,
    total: job.total,
    message: job.message,
    resultPath: job.resultPath,
    error: job.error,
    createdBy: job.createdBy,
    queue: job.queue,
    attempts: job.attempts,
    cancelRequested: job.cancelRequested,
    createdAt: job.createdAt.toISOString(),
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
  };
  pubSub.publish(Topic.JobUpdated, update);
}

/** The Job a subscriber's resolvers see for an update (its input is not carried). */
export function jobFromUpdate(update: JobUpdate): Job {
  return Object.assign(new Job(), {
    ...update,
    payload: null,
    createdAt: new Date(update.createdAt),
    startedAt: date(update.startedAt),
    finishedAt: date(update.finishedAt),
  });
}
