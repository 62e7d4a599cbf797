// A validator thread of ImportRowValidator: importRow() for each record of each chunk it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { ValidatorRules, RecordChunk } from './import-row-validator';
import { importRow, type RowRules } from './lead-import';

const given = workerData as ValidatorRules;
const rules: RowRules = { mapping: given.mapping, defaultCountry: given.defaultCountry, interests: new Map(given.interests) };

parentPort!.on('message', ({ id, chunk }: { id: number; chunk: RecordChunk }) => {
  parentPort!.postMessage({ id, rows: chunk.map(({ record, rowNumber }) => importRow(record, rowNumber, rules)) });
});
