import { isUUID } from 'class-validator';
import fs from 'node:fs';
import { parse } from 'csv-parse';
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

/** CSV uploads and the jobs that import them (lead-import.job.ts) or export leads (lead-export.job.ts). */
export class LeadImportsService {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
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
    const suggestedMapping: LeadImportMapping = {};
    for (const [field, pattern] of SUGGESTIONS) {
      const index = headers.findIndex((header, i) => pattern.test(header) && !Object.values(suggestedMapping).includes(i));
      if (index >= 0) suggestedMapping[field] = index;
    }
    return { uploadId: upload.id, filename: upload.filename, headers, rows: records.slice(1, rows + 1), suggestedMapping };
  }
}
