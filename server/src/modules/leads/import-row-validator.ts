import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CountryCode } from 'libphonenumber-js';
import { importRow, phoneCell, type ImportRow, type RowRules } from './lead-import';
import type { LeadImportMapping } from './lead-import.types';

/** What the job knows of the rows: the column mapping, the default country and the interest choices. */
export interface ValidatorRules {
  mapping: LeadImportMapping;
  defaultCountry: CountryCode;
  interests: [string, string][];
}

export type RecordChunk = { record: string[]; rowNumber: number }[];

/**
 * Runs importRow() on chunks of CSV records, with their phone numbers normalised in worker
 * threads: parsing phone numbers (libphonenumber) is most of an import's CPU, and this way it runs
 * beside the CSV parsing and the database round trips instead of between them. That thread is
 * what limits an import, so only the phone cells cross to it and only the normalised numbers come
 * back, and the cheap rest of importRow runs here (copying whole records and rows both ways plus
 * those checks took a quarter of its time; now nine tenths of it is libphonenumber, profiled).
 * Results come back in the order the chunks went in.
 */
export class ImportRowValidator {
  private readonly rules: RowRules;
  private readonly workers: Worker[];
  private next = 0;
  private readonly waiting = new Map<number, { resolve(phones: (string | null)[]): void; reject(err: unknown): void }>();
  private sequence = 0;

  constructor(rules: ValidatorRules, threads = Math.max(1, Math.min(2, os.availableParallelism() - 1))) {
    this.rules = { mapping: rules.mapping, defaultCountry: rules.defaultCountry, interests: new Map(rules.interests) };
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(path.join(__dirname, 'import-row.thread.js'), { workerData: rules.defaultCountry });
      worker.on('message', ({ id, phones }: { id: number; phones: (string | null)[] }) => {
        this.waiting.get(id)?.resolve(phones);
        this.waiting.delete(id);
      });
      worker.on('error', (err) => {
        for (const pending of this.waiting.values()) pending.reject(err);
        this.waiting.clear();
      });
      return worker;
    });
  }

  async validate(chunk: RecordChunk): Promise<ImportRow[]> {
    const id = this.sequence++;
    const worker = this.workers[this.next++ % this.workers.length];
    const phones = await new Promise<(string | null)[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, phones: chunk.map(({ record }) => phoneCell(record, this.rules.mapping)) });
    });
    return chunk.map(({ record, rowNumber }, i) => importRow(record, rowNumber, this.rules, phones[i]));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
