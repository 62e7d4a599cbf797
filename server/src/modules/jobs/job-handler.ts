import type { Logger } from '../../infra/logger';
import type { Services } from '../../services';

/**
 * What a module implements to run one kind of job. Handlers are listed in `jobHandlers`
 * (modules/index.ts); the runner keeps the job's row, its progress and its events in step.
 */
export interface JobHandler<P = unknown> {
  /** e.g. 'users.export', 'events.attendees_export', 'leads.import', 'sms.campaign'. */
  kind: string;
  run(ctx: JobRunContext<P>): Promise<JobOutcome | void>;
}

export interface JobRunContext<P> {
  jobId: string;
  payload: P;
  services: Services;
  log: Logger;
  /**
   * Saves progress and publishes jobUpdated (throttled to about one write every 100 ms; the
   * latest values always land, and the last call, processed >= total, is written at once).
   * Throws JobCancelledError when cancel was asked.
   */
  progress(processed: number, total: number | null, message?: string): Promise<void>;
  /** Throws JobCancelledError when someone cancelled the job. */
  throwIfCancelled(): Promise<void>;
  /** An absolute path under DATA_DIR/files for this job's result file (e.g. 'csv'). */
  resultPath(extension: string): string;
}

export interface JobOutcome {
  /** The file written at ctx.resultPath(); when omitted, the file at ctx.resultPath() is used if it exists. */
  resultPath?: string;
  message?: string;
}

/** Thrown by progress()/throwIfCancelled() once cancel was asked; the runner marks the job CANCELLED. */
export class JobCancelledError extends Error {
  constructor() {
    super('The job was cancelled.');
    this.name = 'JobCancelledError';
  }
}

/**
 * A failure a handler knows to be permanent, with a sentence safe to show the user (e.g. "Row 12
 * has no email."). It is not retried. Any other error is retried, then shown as a generic sentence.
 */
export class JobFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobFailure';
  }
}
