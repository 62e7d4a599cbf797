import { Idempotent } from '../idempotency/idempotent.decorator';
import type { Job } from './job.entity';

/** @Idempotent for a mutation that starts a job: a retry gets the job the first request started. */
export const IdempotentJob = () => Idempotent<Job>((context, id) => context.services.jobs.find(context.viewer!.user, id));
