import type { AuditService } from '../audit/audit.service';
import type { Job } from '../jobs/job.entity';
import type { JobsService } from '../jobs/jobs.service';
import type { Actor } from '../users/users.service';
import { checkRange } from './business-metrics.service';
import type { BusinessMetricsExportArgs } from './business-metrics.types';
import { FIGURE_EXPORT, type FigureExportPayload } from './figure-export.job';

/** Starts the CSV export of one figure (the job itself is figure-export.job.ts). */
export class FigureExportService {
  constructor(
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
  ) {}

  async start(actor: Actor, args: BusinessMetricsExportArgs): Promise<Job> {
    // Checked now, so a bad range is refused here rather than failing in the job.
    checkRange(args.from, args.to);
    const payload: FigureExportPayload = { figure: args.figure, from: args.from.toISOString(), to: args.to.toISOString(), currency: args.currency ?? null };
    const job = await this.jobs.start(FIGURE_EXPORT, payload, actor);
    await this.audit.record({ action: 'business_metrics.export_started', actorId: actor.id, ip: actor.ip, target: { type: 'Job', id: job.id }, details: { figure: args.figure } });
    return job;
  }
}
