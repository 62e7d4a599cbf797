import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { csvLine } from '../../infra/csv';
import type { JobHandler } from '../jobs/job-handler';
import { filterFromJson } from './lead-filter';
import type { Lead } from './lead.entity';

export const LEADS_EXPORT = 'leads.export';

export interface LeadExportPayload {
  /** A LeadFilter as JSON (filterToJson). */
  filter: Record<string, unknown>;
}

const COLUMNS = ['id', 'name', 'email', 'phone', 'zip', 'interests', 'event_ids', 'source', 'consent_sms', 'consent_at', 'opted_out', 'created_at'];

/**
 * The leads of a filter to CSV, oldest first, in keyset batches (never the whole table in memory).
 * Every cell goes through csvLine, so a name like "=HYPERLINK(…)" reaches a spreadsheet as text.
 */
export const leadExportJob: JobHandler<LeadExportPayload> = {
  kind: LEADS_EXPORT,
  async run(ctx) {
    const { services } = ctx;
    const filter = filterFromJson(ctx.payload.filter);
    const batchSize = services.infra.config.exportBatchSize;
    const total = await services.leads.filtered(filter).getCount();
    const file = ctx.resultPath('csv');
    let processed = 0;
    await ctx.progress(0, total);

    async function* records() {
      yield csvLine(COLUMNS);
      let after: Lead | undefined;
      for (;;) {
        await ctx.throwIfCancelled();
        const query = services.leads.filtered(filter).orderBy('lead.createdAt', 'ASC').addOrderBy('lead.id', 'ASC').limit(batchSize);
        if (after) query.andWhere('(lead.createdAt, lead.id) > (:afterCreatedAt, :afterId)', { afterCreatedAt: after.createdAt, afterId: after.id });
        const batch = await query.getMany();
        if (!batch.length) return;
        yield batch
          .map((l) => csvLine([l.id, l.name, l.email, l.phone, l.zip, l.interests.join(' '), l.eventIds.join(' '), l.source, l.consentSms, l.consentAt, l.optedOut, l.createdAt]))
          .join('');
        processed += batch.length;
        after = batch[batch.length - 1];
        await ctx.progress(processed, Math.max(total, processed));
        if (batch.length < batchSize) return;
      }
    }

    await pipeline(records, fs.createWriteStream(file));
    await ctx.progress(processed, processed);
    return { resultPath: file, message: `Exported ${processed} leads.` };
  },
};
