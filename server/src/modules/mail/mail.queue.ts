import type { JobsOptions } from 'bullmq';

/** The BullMQ queue that delivers outbox messages; a job's id is its message's id. */
export const MAIL_QUEUE = 'mail';

export interface MailJobData {
  messageId: string;
}

export const MAIL_JOB_OPTIONS: JobsOptions = {
  // 2, 4, 8 and 16 s between attempts: a flaky SMTP server gets half a minute to recover.
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  // The outbox row is the record. Removing finished jobs also frees the job id, so the relay
  // can hand a message over again after Redis lost it.
  removeOnComplete: true,
  removeOnFail: true,
};
