import { isUUID } from 'class-validator';
import fs from 'node:fs';
import { parse } from 'csv-parse';
import type { CountryCode } from 'libphonenumber-js';
import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer.service';
import { LeadUpload } from './lead-upload.entity';
import type { Job } from '../jobs/job.entity';
import type { JobsService } from '../jobs/jobs.service';
import type { Actor } from '../users/users.service';
import { LEADS_EXPORT, type LeadExportPayload } from './lead-export.job';
import { filterToJson, type LeadFilterValues } from './lead-filter';
import { normalizeLeadEmail, normalizePhone } from './lead-fields';
import { CSV_OPTIONS } from './lead-import';
import { LEADS_IMPORT, type LeadImportPayload } from './lead-import.job';
import type { LeadImportInput, LeadImportMapping, LeadImportPreview } from './lead-import.types';

/** Header names that suggest each lead field, for the column-mapping screen. */
const SUGGESTIONS: [keyof LeadImportMapping, RegExp][] = [
  ['name', /^(full[ _-]?)?name$|^contact$/i],
  ['email', /e-?mail/i],
  ['phone', /phone|mobile|cell|tel|sms/i],
  ['zip', /zip|post(al)?[ _-]?code|postcode/i],
  ['interests', /interest|tags?|topics?/i],
];

/**
 * For the contact fields a header does not name ("Contact no", "Column 3"), a column where at least
 * half the filled sample cells read as that field is suggested instead (one typo must not hide it).
 */
const CONTENT_SUGGESTIONS: [keyof LeadImportMapping, (cell: string, defaultCountry: CountryCode) => boolean][] = [
  ['email', (cell) => normalizeLeadEmail(cell) !== null],
  ['phone', (cell, defaultCountry) => normalizePhone(cell, defaultCountry) !== null],
];

/** CSV uploads and the jobs that import them (lead-import.job.ts) or export leads (lead-export.job.ts). */
export class LeadImportsService {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    private readonly defaultCountry: CountryCode,
  ) {}

  async startImport(actor: Actor, input: LeadImportInput): Promise<Job> {
    const { mapping } = input;
    if (mapping.email == null && mapping.phone == null) throw badInput('mapping', 'Map an email or a phone column: every lead needs one.');
    const upload = await this.findUpload(input.uploadId);
    const payload: LeadImportPayload = {
      uploadId: upload.id,
      mapping: { name: mapping.name ?? null, email: mapping.email ?? null, phone: mapping.phone ?? null, zip: mapping.zip ?? null, interests: mapping.interests ?? null },
      hasHeader: input.hasHeader,
      consentSms: input.consentSms,
      eventId: input.eventId ?? null,
    };
    const job = await this.jobs.start(LEADS_IMPORT, payload, actor);
    await this.audit.record({
      action: 'lead.import_started',
      actorId: actor.id,
      ip: actor.ip,
      target: { type: 'Job', id: job.id },
      details: { uploadId: upload.id, filename: upload.filename, consentSms: input.consentSms },
    });
    return job;
  }

  async startExport(actor: Actor, filter: LeadFilterValues): Promise<Job> {
    const payload: LeadExportPayload = { filter: filterToJson(filter) };
    const job = await this.jobs.start(LEADS_EXPORT, payload, actor);
    await this.audit.record({ action: 'lead.export_started', actorId: actor.id, ip: actor.ip, target: { type: 'Job', id: job.id }, details: { filter: payload.filter } });
    return job;
  }

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
    const upload = isUUID(uploadId) ? await this.db.getRepository(LeadUpload).findOneBy({ id: uploadId }) : null;
    if (!upload || !fs.existsSync(upload.path)) throw notFound('Upload');
    return upload;
  }

  /** The header and first rows as parsed, with a suggested mapping of columns to lead fields. */
  async preview(uploadId: string, rows: number): Promise<LeadImportPreview> {
    const upload = await this.findUpload(uploadId);
    const records: string[][] = [];
    const parser = fs.createReadStream(upload.path).pipe(parse({ ...CSV_OPTIONS, to_line: rows + 50, skip_records_with_error: true }));
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        records.push(record);
        if (records.length > rows) break;
      }
    } catch {
      if (!records.length) throw badInput('uploadId', 'This file is not a CSV that Matchday can read.');
    }
    const headers = records[0] ?? [];
    const sample = records.slice(1, rows + 1);
    return { uploadId: upload.id, filename: upload.filename, headers, rows: sample, suggestedMapping: this.suggestMapping(headers, sample) };
  }

  private suggestMapping(headers: string[], sample: string[][]): LeadImportMapping {
    const mapping: LeadImportMapping = {};
    const free = (column: number) => !Object.values(mapping).includes(column);
    for (const [field, pattern] of SUGGESTIONS) {
      const column = headers.findIndex((header, i) => pattern.test(header) && free(i));
      if (column >= 0) mapping[field] = column;
    }
    for (const [field, reads] of CONTENT_SUGGESTIONS) {
      if (mapping[field] != null) continue;
      const column = headers.findIndex((_, i) => {
        const cells = sample.map((row) => row[i]?.trim()).filter(Boolean);
        return free(i) && cells.length > 0 && cells.filter((cell) => reads(cell, this.defaultCountry)).length * 2 >= cells.length;
      });
      if (column >= 0) mapping[field] = column;
    }
    return mapping;
  }
}
