import path from 'node:path';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { paginate } from '../../graphql/connection';
import { conflict, notFound } from '../../graphql/errors';
import type { PubSub } from '../../graphql/pubsub';
import type { Logger } from '../../infra/logger';
import type { AuditService } from '../audit/audit.service';
import { Role } from '../users/user.entity';
import type { Actor } from '../users/users.service';
import type { DownloadHolder, DownloadLinks } from './download-links';
import { Job, JobState } from './job.entity';
import type { JobFiles } from './job-files';
import type { JobQueue } from './job-queue';
import { publishJobUpdate } from './job-update';
import type { JobsArgs } from './jobs.types';

/** Who is looking: admins see every job, everyone else the jobs they started. */
export interface JobViewer {
  id: string;
  role: Role;
}

/** How many QUEUED rows one sweep looks at. */
const SWEEP_BATCH = 500;

export class JobsService {
  constructor(
    private readonly db: DataSource,
    private readonly queue: JobQueue,
    private readonly pubSub: PubSub,
    private readonly audit: AuditService,
    readonly files: JobFiles,
    readonly links: DownloadLinks,
    private readonly log: Logger,
  ) {}

  private get repo() {
    return this.db.getRepository(Job);
  }

  /**
   * Records the job (QUEUED) and hands it to BullMQ. When Redis is away the job still starts:
   * the row is the truth, and a worker's sweep queues it once Redis is back.
   */
  async start<P>(kind: string, payload: P, actor: Actor, options: { total?: number | null } = {}): Promise<Job> {
    const { identifiers } = await this.repo.insert({
      kind,
      payload: payload ?? {},
      createdBy: actor.id,
      total: options.total ?? null,
      queue: this.queue.name,
    });
    const job = await this.repo.findOneByOrFail({ id: identifiers[0].id as string });
    publishJobUpdate(this.pubSub, job);
    try {
      await this.queue.add(job.id, kind);
    } catch (err) {
      this.log.warn({ jobId: job.id, err: err instanceof Error ? err.message : String(err) }, 'Could not queue a job now; the sweep will');
    }
    return job;
  }

  visibleTo(viewer: JobViewer | null | undefined, job: { createdBy: string | null }): boolean {
    return !!viewer && (viewer.role === Role.ADMIN || job.createdBy === viewer.id);
  }

  /** The job, or null when it does not exist or the viewer may not see it (the two look alike). */
  async find(viewer: JobViewer, id: string): Promise<Job | null> {
    if (!isUUID(id)) return null;
    const job = await this.repo.findOneBy({ id });
    return job && this.visibleTo(viewer, job) ? job : null;
  }

  list(viewer: JobViewer, args: JobsArgs) {
    const query = this.repo.createQueryBuilder('job');
    if (viewer.role !== Role.ADMIN) query.andWhere('job.createdBy = :viewerId', { viewerId: viewer.id });
    if (args.state) query.andWhere('job.state = :state', { state: args.state });
    return paginate(query, args);
  }

  /**
   * A QUEUED job is taken off the queue and CANCELLED at once. A running one is asked to stop:
   * it stays ACTIVE (cancelRequested) until its handler's next progress step, then turns CANCELLED.
   */
  async cancel(viewer: JobViewer, actor: Actor, id: string): Promise<Job> {
    if (!isUUID(id)) throw notFound('Job');
    const job = await this.db.transaction(async (manager) => {
      const job = await manager.findOne(Job, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!job || !this.visibleTo(viewer, job)) throw notFound('Job');
      const from = job.state;
      if (job.state === JobState.QUEUED) {
        Object.assign(job, { state: JobState.CANCELLED, cancelRequested: true, message: null, finishedAt: new Date() });
      } else if (job.state === JobState.ACTIVE) {
        job.cancelRequested = true;
      } else {
        throw conflict(`This job is already ${job.state.toLowerCase()}; only queued or running jobs can be cancelled.`);
      }
      const { state, cancelRequested, message, finishedAt } = job;
      await manager.update(Job, { id }, { state, cancelRequested, message, finishedAt });
      await this.audit.record(
        { action: 'job.cancelled', actorId: actor.id, ip: actor.ip, target: { type: 'Job', id }, details: { kind: job.kind, from } },
        manager,
      );
      return job;
    });
    if (job.state === JobState.CANCELLED) {
      // Best effort: a runner that still gets it finds the row CANCELLED and skips it.
      await this.queue.remove(id).catch((err) => this.log.warn({ jobId: id, err: err.message }, 'Could not take a cancelled job off the queue'));
    }
    publishJobUpdate(this.pubSub, job);
    return job;
  }

  /** A signed, short-lived download link for a completed job's result, bound to the viewer who asks; else null. */
  resultUrl(job: Job, holder: DownloadHolder | null): string | null {
    return holder && job.state === JobState.COMPLETED && job.resultPath ? this.links.urlFor(job.id, holder) : null;
  }

  /** A completed job's result file (relative to `root`), a name to save it as and who may see it; null when there is none. */
  async resultFile(id: string): Promise<{ root: string; relativePath: string; filename: string; createdBy: string | null } | null> {
    if (!isUUID(id)) return null;
    const job = await this.repo.findOneBy({ id, state: JobState.COMPLETED });
    const relativePath = job?.resultPath ? this.files.fromStored(job.resultPath) : null;
    if (!job || !relativePath) return null;
    const day = (job.finishedAt ?? job.createdAt).toISOString().slice(0, 10);
    const filename = `${job.kind.replace(/[^a-z0-9]+/gi, '-')}-${day}-${job.id.slice(0, 8)}${path.extname(relativePath)}`;
    return { root: this.files.root, relativePath, filename, createdBy: job.createdBy };
  }

  /** For /metrics: how many jobs are in each state. */
  async countByState(): Promise<Record<JobState, number>> {
    const rows = await this.repo
      .createQueryBuilder('job')
      .select('job.state', 'state')
      .addSelect('count(*)::int', 'count')
      .groupBy('job.state')
      .getRawMany<{ state: JobState; count: number }>();
    const counts = Object.fromEntries(Object.values(JobState).map((state) => [state, 0])) as Record<JobState, number>;
    for (const row of rows) counts[row.state] = row.count;
    return counts;
  }

  /** Re-adds this queue's QUEUED jobs that BullMQ does not have; returns how many. */
  async requeueLost(): Promise<number> {
    const queued = await this.repo.find({
      select: { id: true, kind: true },
      where: { state: JobState.QUEUED, queue: this.queue.name },
      order: { createdAt: 'ASC' },
      take: SWEEP_BATCH,
    });
    let requeued = 0;
    for (const job of queued) {
      if (await this.queue.has(job.id)) continue;
      await this.queue.add(job.id, job.kind);
      requeued++;
    }
    return requeued;
  }
}
