import fs from 'node:fs';
import { parse, type Options } from 'csv-parse';
import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer.service';
import { LeadUpload } from './lead-upload.entity';
import type { LeadImportMapping, LeadImportPreview } from './lead-import.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Header names that suggest each lead field, for the column-mapping screen. */
const SUGGESTIONS: [keyof LeadImportMapping, RegExp][] = [
  ['name', /^(full[ _-]?)?name$|^contact$/i],
  ['email', /e-?mail/i],
  ['phone', /phone|mobile|cell|tel|sms/i],
  ['zip', /zip|post(al)?[ _-]?code|postcode/i],
  ['interests', /interest|tags?|topics?/i],
];

/** The options every CSV reader of an upload shares: ; , or tab separated, a BOM tolerated, ragged rows kept. */
export const CSV_OPTIONS: Options = {
  bom: true,
  delimiter: [',', ';', '\t'],
  relax_column_count: true,
  skip_empty_lines: true,
  trim: true,
};

/** CSV uploads for import: where they are, and a look at their first rows. */
export class LeadImportsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async recordUpload(viewer: Viewer, file: { path: string; filename: string; sizeBytes: number }): Promise<LeadUpload> {
    const upload = await this.db.getRepository(LeadUpload).save({
      path: file.path,
      filename: file.filename.slice(0, 200),
      sizeBytes: String(file.sizeBytes),
      uploadedBy: viewer.user.id,
    });
    await this.audit.record({ action: 'lead.upload', actorId: viewer.user.id, target: { type: 'LeadUpload', id: upload.id }, details: { filename: upload.filename, sizeBytes: file.sizeBytes } });
    return upload;
  }

  async findUpload(uploadId: string): Promise<LeadUpload> {
    const upload = UUID.test(uploadId) ? await this.db.getRepository(LeadUpload).findOneBy({ id: uploadId }) : null;
    if (!upload || !fs.existsSync(upload.path)) throw notFound('Upload');
    return upload;
  }

  /** The header and first rows as parsed, with a suggested mapping of columns to lead fields. */
  async preview(uploadId: string, rows: number): Promise<LeadImportPreview> {
    const upload = await this.findUpload(uploadId);
    const records: string[][] = [];
    const parser = fs.createReadStream(upload.path).pipe(parse({ ...CSV_OPTIONS, to_line: rows + 50 }));
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        records.push(record);
        if (records.length > rows) break;
      }
    } catch {
      if (!records.length) throw badInput('uploadId', 'This file is not a CSV that Matchday can read.');
    }
    const headers = records[0] ?? [];
    const suggestedMapping: LeadImportMapping = {};
    for (const [field, pattern] of SUGGESTIONS) {
      const index = headers.findIndex((header, i) => pattern.test(header) && !Object.values(suggestedMapping).includes(i));
      if (index >= 0) suggestedMapping[field] = index;
    }
    return { uploadId: upload.id, filename: upload.filename, headers, rows: records.slice(1, rows + 1), suggestedMapping };
  }
}
