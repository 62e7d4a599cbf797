import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CountryCode } from 'libphonenumber-js';
import type { ImportRow } from './lead-import';
import type { LeadImportMapping } from './lead-import.types';

/** What a validator thread needs: plain data only (it crosses a thread boundary). */
export interface ValidatorRules {
  mapping: LeadImportMapping;
  defaultCountry: CountryCode;
  interests: [string, string][];
}

export type RecordChunk = { record: string[]; rowNumber: number }[];

/**
 * Runs importRow() on chunks of CSV records in worker threads: parsing phone numbers is most of an
 * import's CPU, and this way it runs beside the CSV parsing and the database round trips instead
 * of between them. Results come back in the order the chunks went in.
 */
export class ImportRowValidator {
  private readonly workers: Worker[];
  private next = 0;
  private readonly waiting = new Map<number, { resolve(rows: ImportRow[]): void; reject(err: unknown): void }>();
  private sequence = 0;

  constructor(rules: ValidatorRules, threads = Math.max(1, Math.min(2, os.availableParallelism() - 1))) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(path.join(__dirname, 'import-row.thread.js'), { workerData: rules });
      worker.on('message', ({ id, rows }: { id: number; rows: ImportRow[] }) => {
        this.waiting.get(id)?.resolve(rows);
        this.waiting.delete(id);
      });
      worker.on('error', (err) => {
        for (const pending of this.waiting.values()) pending.reject(err);
        this.waiting.clear();
      });
      return worker;
    });
  }

  validate(chunk: RecordChunk): Promise<ImportRow[]> {
    const id = this.sequence++;
    const worker = this.workers[this.next++ % this.workers.length];
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, chunk });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
