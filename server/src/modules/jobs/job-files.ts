import fs from 'node:fs';
import path from 'node:path';

const EXTENSION = /^[a-z0-9]{1,10}$/i;

/**
 * Job result files, under DATA_DIR/files. Rows keep paths relative to that folder, so an API and
 * a worker that mount the same volume at different places agree on them.
 */
export class JobFiles {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'files');
  }

  /** Where a job's result goes; creates the folder. */
  pathFor(jobId: string, extension: string): string {
    if (!EXTENSION.test(extension)) throw new Error(`A result file extension must be 1-10 letters or digits (got "${extension}").`);
    const dir = path.join(this.root, 'jobs');
    fs.mkdirSync(dir, { recursive: true });
    return path.join(dir, `${jobId}.${extension.toLowerCase()}`);
  }

  /** The form stored on the row; refuses a path outside the files folder. */
  toStored(absolute: string): string {
    const relative = path.relative(this.root, path.resolve(absolute));
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new Error('A job result must be written under DATA_DIR/files (use ctx.resultPath()).');
    }
    return relative;
  }

  /** The stored form back to a path relative to `root`, or null when it would leave the folder. */
  fromStored(stored: string): string | null {
    const relative = path.normalize(stored);
    return relative.startsWith('..') || path.isAbsolute(relative) ? null : relative;
  }

  exists(absolute: string): boolean {
    return fs.existsSync(absolute);
  }

  async remove(absolute: string): Promise<void> {
    await fs.promises.rm(absolute, { force: true });
  }
}
