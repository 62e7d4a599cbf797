import fs from 'node:fs';
import { once } from 'node:events';
import { pgPool } from '../../db/query-rows';
import { csvLine } from '../../infra/csv';
import { JobFailure, type JobHandler } from '../jobs/job-handler';
import { ImportRowValidator, type RecordChunk } from './import-row-validator';
import { CSV_OPTIONS, LeadImportWriter, NumberedCsvParser, type ImportRow, type NumberedRecord } from './lead-import';
import type { LeadImportMapping } from './lead-import.types';

export const LEADS_IMPORT = 'leads.import';

export interface LeadImportPayload {
  uploadId: string;
  mapping: LeadImportMapping;
  hasHeader: boolean;
  consentSms: boolean;
  eventId: string | null;
}

const BATCH_SIZE = 2_000;
/** Batches written at once: Postgres works on one while the next is looked up and Node validates more. */
const BATCHES_IN_FLIGHT = 2;
const CHUNK_SIZE = 1_000;
const CHUNKS_IN_FLIGHT = 4;

/**
 * A CSV upload into leads, streamed: csv-parse -> row rules -> batched upserts. Bad rows never
 * stop it: each goes to the error report (row, column, reason), the job's result file.
 * Progress is rows read of the file's line count, with the rejected count in the message.
 */
export const leadImportJob: JobHandler<LeadImportPayload> = {
  kind: LEADS_IMPORT,
  async run(ctx) {
    const { payload, services } = ctx;
    const { config, db } = services.infra;
    const upload = await services.leads.imports.findUpload(payload.uploadId).catch(() => {
      throw new JobFailure('The uploaded file is gone; upload it again.');
    });
    const interests = new Map<string, string>();
    for (const interest of await services.leads.interests.list(true)) {
      interests.set(interest.key, interest.key);
      interests.set(interest.label.toLowerCase(), interest.key);
    }
    const total = Math.max(0, (await countLines(upload.path)) - (payload.hasHeader ? 1 : 0));

    const reportPath = ctx.resultPath('csv');
    const report = fs.createWriteStream(reportPath);
    const reject = async (rowNumber: number, column: string, reason: string) => {
      rejected++;
      if (!report.write(csvLine([rowNumber, column, reason]))) await once(report, 'drain');
    };
    report.write(csvLine(['row', 'column', 'reason']));

    let processed = 0;
    let rejected = 0;
    const giveUps: number[] = [];
    const writer = new LeadImportWriter(
      pgPool(db),
      {
        eventId: payload.eventId,
        consentSms: payload.consentSms,
        consentText: `Imported by an admin from "${upload.filename}", who confirmed these people agreed to receive texts.`,
      },
      BATCH_SIZE,
      BATCHES_IN_FLIGHT,
      (row) => giveUps.push(row.rowNumber),
    );
    const message = () => `${processed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows read, ${rejected.toLocaleString('en-US')} rejected`;

    const parser = fs.createReadStream(upload.path).pipe(
      new NumberedCsvParser({ ...CSV_OPTIONS, skip_records_with_error: true, from_line: payload.hasHeader ? 2 : 1 }),
    );
    const unreadable: number[] = [];
    parser.on('skip', (err: { lines?: number }) => {
      processed++;
      unreadable.push(err.lines ?? 0);
    });

    const validator = new ImportRowValidator({ mapping: payload.mapping, defaultCountry: config.leadsDefaultCountry, interests: [...interests] });
    const handle = async (rows: ImportRow[]) => {
      for (const row of rows) {
        if (row.ok) await writer.add(row);
        else await reject(row.rowNumber, row.column, row.reason);
      }
      await ctx.progress(processed, Math.max(total, processed), message());
    };
    try {
      // Chunks are validated in threads while the next ones are read; a few in flight keep both busy.
      const inFlight: Promise<ImportRow[]>[] = [];
      let chunk: RecordChunk = [];
      for await (const { record, line: rowNumber } of parser as AsyncIterable<NumberedRecord>) {
        for (const line of unreadable.splice(0)) await reject(line, '', 'not valid CSV (check the quotes on this line)');
        chunk.push({ record, rowNumber });
        processed++;
        if (chunk.length === CHUNK_SIZE) {
          inFlight.push(validator.validate(chunk));
          chunk = [];
          if (inFlight.length >= CHUNKS_IN_FLIGHT) await handle(await inFlight.shift()!);
        }
      }
      if (chunk.length) inFlight.push(validator.validate(chunk));
      for (const pending of inFlight) await handle(await pending);
    } finally {
      await validator.close();
    }
    for (const line of unreadable.splice(0)) await reject(line, '', 'not valid CSV (check the quotes on this line)');
    await writer.finish();
    for (const rowNumber of giveUps) await reject(rowNumber, '', 'kept conflicting with changes made at the same time; import this row again');
    report.end();
    await once(report, 'finish');
    await ctx.progress(processed, processed, message());
    await services.audit.record({
      action: 'lead.import_finished',
      target: { type: 'LeadUpload', id: upload.id },
      details: { jobId: ctx.jobId, rows: processed, created: writer.created, merged: writer.merged, rejected },
    });
    return {
      resultPath: reportPath,
      message: `${processed} rows: ${writer.created} new leads, ${writer.merged} merged into existing ones, ${rejected} rejected (see the error report).`,
    };
  },
};

/** Line breaks in the file: the row total for progress (a quoted cell with a line break makes it an estimate). */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    last = chunk[chunk.length - 1];
  }
  return last === 10 ? lines : lines + 1;
}
