/**
 * The module registry: every domain adds its entities, resolvers, HTTP routes (webhooks,
 * downloads) and background workers here, and nowhere else.
 */
import type { Router } from 'express';
import type { NonEmptyArray } from 'type-graphql';
import { downloadRoutes } from '../http/downloads';
import type { Services } from '../services';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditResolver } from './audit/audit.resolver';
import { Job } from './jobs/job.entity';
import type { JobHandler } from './jobs/job-handler';
import { startJobDispatcher } from './jobs/job-dispatcher';
import { startJobRunner } from './jobs/job-runner';
import { JobsResolver } from './jobs/jobs.resolver';
import { User } from './users/user.entity';
import { usersExportJob } from './users/users-export.job';
import { UsersExportResolver } from './users/users-export.resolver';
import { UsersResolver } from './users/users.resolver';

export const entities = [User, AuditEntry, Job];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [UsersResolver, AuditResolver, JobsResolver, UsersExportResolver];

/** Non-GraphQL routes (webhooks, file downloads), mounted before the SPA. */
export const httpRoutes: ((services: Services) => Router)[] = [
  downloadRoutes,
];

/** What each kind of job runs (see jobs/job-handler.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const jobHandlers: JobHandler<any>[] = [
  usersExportJob,
];

/** Something running in the background of a process (a BullMQ worker, a sweeper). */
export interface BackgroundWorker {
  name: string;
  close(): Promise<void>;
}

/** Starters of every background worker; the API runs them when RUN_WORKERS is on, worker.ts always. */
export const backgroundWorkers: ((services: Services) => Promise<BackgroundWorker>)[] = [
  (services) => startJobRunner(services, jobHandlers),
  startJobDispatcher,
];
