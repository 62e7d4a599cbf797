import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum JobState {
  QUEUED = 'QUEUED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(JobState, {
  name: 'JobState',
  description: 'QUEUED (waiting, or waiting to retry), ACTIVE (running), then one of COMPLETED, FAILED or CANCELLED.',
});

/** The states a job never leaves. */
export const FINISHED_STATES = [JobState.COMPLETED, JobState.FAILED, JobState.CANCELLED];

/**
 * A background job. Postgres holds the truth about every job; BullMQ only carries the signal to
 * run it, so a Redis outage delays jobs but loses none.
 */
@ObjectType({ description: 'A background job (an export, an import, a campaign) with its live progress.' })
@Entity('jobs')
export class Job {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'What the job does, e.g. users.export.' })
  @Column({ type: 'text' })
  kind: string;

  @Field(() => JobState)
  @Column({ type: 'enum', enum: JobState, enumName: 'job_state', default: JobState.QUEUED })
  state: JobState;

  @Field(() => Float, { description: 'Percent done, 0 to 100 (0 while the total is unknown).' })
  @Column({ type: 'double precision', default: 0 })
  progress: number;

  @Field(() => Int, { description: 'Items done so far.' })
  @Column({ type: 'int', default: 0 })
  processed: number;

  @Field(() => Int, { nullable: true, description: 'Items to do, when known.' })
  @Column({ type: 'int', nullable: true })
  total: number | null;

  @Field(() => String, { nullable: true, description: 'What the job is doing, or why it is waiting (e.g. a retry).' })
  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** The result file, relative to DATA_DIR/files; never leaves the server (clients get resultUrl). */
  @Column({ type: 'text', nullable: true })
  resultPath: string | null;

  @Field(() => String, { nullable: true, description: 'Why the job failed: a short sentence, safe to show.' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** The job's input, for its handler. */
  @Column({ type: 'jsonb', default: {} })
  payload: unknown;

  /** Who started it; the viewer of a job is its starter or an admin. */
  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  /** The BullMQ queue (prefix:name) that runs it; a worker's sweep only re-queues its own queue's jobs. */
  @Column({ type: 'text' })
  queue: string;

  /** Attempts started so far (failures are retried with backoff). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field({ description: 'True once someone asked to cancel a running job; it stops at its next progress step.' })
  @Column({ type: 'boolean', default: false })
  cancelRequested: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}
