import type { AuditService } from '../audit/audit.service';
import type { Job } from '../jobs/job.entity';
import type { JobsService } from '../jobs/jobs.service';
import { USERS_EXPORT } from './users-export.job';
import type { Actor } from './users.service';

/** Starts the users CSV export (the job itself is users-export.job.ts). */
export class UsersExportService {
  constructor(
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
  ) {}

  async start(actor: Actor): Promise<Job> {
    const job = await this.jobs.start(USERS_EXPORT, {}, actor);
    await this.audit.record({ action: 'users.export_started', actorId: actor.id, ip: actor.ip, target: { type: 'Job', id: job.id } });
    return job;
  }
}
