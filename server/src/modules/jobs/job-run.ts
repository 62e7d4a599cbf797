import type { Logger } from '../../infra/logger';
import type { Services } from '../../services';
import type { Job } from './job.entity';
import { JobCancelledError, type JobRunContext } from './job-handler';
import type { JobFiles } from './job-files';
import type { JobLifecycle, ProgressValues } from './job-lifecycle';

/** At most one progress write (and one cancel check) per this many ms. */
const THROTTLE_MS = 100;

/**
 * One attempt of one job, as its handler sees it: throttled progress writes that always end on
 * the latest values, cancel checks, and the result files it was handed (removed on failure).
 */
export class JobRun {
  /** The last values the handler reported, written or not. */
  latest: ProgressValues;
  private pending: ProgressValues | null = null;
  private lastWriteAt = 0;
  private lastCheckAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private writes: Promise<void> = Promise.resolve();
  private cancelSeen = false;
  private readonly files = new Set<string>();

  constructor(
    private readonly job: Job,
    private readonly lifecycle: JobLifecycle,
    private readonly jobFiles: JobFiles,
    private readonly log: Logger,
  ) {
    this.latest = { processed: job.processed, total: job.total, message: job.message };
  }

  context<P>(services: Services): JobRunContext<P> {
    return {
      jobId: this.job.id,
      payload: this.job.payload as P,
      services,
      log: this.log,
      progress: (processed, total, message) => this.progress(processed, total, message),
      throwIfCancelled: () => this.throwIfCancelled(),
      resultPath: (extension) => {
        const file = this.jobFiles.pathFor(this.job.id, extension);
        this.files.add(file);
        return file;
      },
    };
  }

  /** The stored form of the result: the handler's, or the one file it was handed if it wrote it. */
  resultFile(declared: string | undefined): string | null {
    if (declared) return this.jobFiles.toStored(declared);
    const [only, ...others] = [...this.files];
    return only && others.length === 0 && this.jobFiles.exists(only) ? this.jobFiles.toStored(only) : null;
  }

  /** Stops pending writes and waits for one in flight, so the final state is written last. */
  async settle(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    await this.writes;
  }

  /** Removes what this attempt wrote (a cancelled or failed job leaves no partial file). */
  async removeFiles(): Promise<void> {
    await Promise.all([...this.files].map((file) => this.jobFiles.remove(file)));
  }

  private async progress(processed: number, total: number | null, message?: string): Promise<void> {
    this.throwIfCancelSeen();
    const values = { processed, total, message: message ?? this.latest.message };
    const unchanged = values.processed === this.latest.processed && values.total === this.latest.total && values.message === this.latest.message;
    this.latest = values;
    if (unchanged && !this.pending) return;
    this.pending = values;
    const last = total !== null && processed >= total;
    const wait = this.lastWriteAt + THROTTLE_MS - Date.now();
    if (last || wait <= 0) {
      await this.write();
      this.throwIfCancelSeen();
    } else {
      // The latest values still land once the interval is over, even if no call follows.
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.write().catch((err) => this.log.warn({ err }, 'Could not save job progress'));
      }, wait);
    }
  }

  private async throwIfCancelled(): Promise<void> {
    this.throwIfCancelSeen();
    if (Date.now() - this.lastCheckAt < THROTTLE_MS) return;
    this.lastCheckAt = Date.now();
    if (await this.lifecycle.cancelRequested(this.job.id)) this.cancelSeen = true;
    this.throwIfCancelSeen();
  }

  private throwIfCancelSeen(): void {
    if (this.cancelSeen) throw new JobCancelledError();
  }

  /** Writes the pending values, one write at a time. */
  private write(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const next = this.writes.then(async () => {
      const values = this.pending;
      if (!values) return;
      this.pending = null;
      this.lastWriteAt = this.lastCheckAt = Date.now();
      if (await this.lifecycle.saveProgress(this.job, values)) this.cancelSeen = true;
    });
    this.writes = next.catch(() => undefined);
    return next;
  }
}
