import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { csvLine } from '../../infra/csv';
import type { JobHandler } from '../jobs/job-handler';
import { JobFailure } from '../jobs/job-handler';
import type { Ticket } from './ticket.entity';

export const ATTENDEES_EXPORT = 'events.attendees_export';

export interface AttendeesExportPayload {
  eventId: string;
}

const COLUMNS = ['ticket_code', 'status', 'holder_name', 'buyer_email', 'ticket_type', 'price_cents', 'currency', 'order_id', 'issued_at', 'checked_in_at'];

/**
 * Every ticket of one event to CSV, oldest first: keyset batches of EXPORT_BATCH_SIZE (never the
 * whole list in memory), written through a file stream with backpressure, progress per batch,
 * stopping at the next batch once cancelled. Cells go through csvLine (formula injection defused).
 */
export const attendeesExportJob: JobHandler<AttendeesExportPayload> = {
  kind: ATTENDEES_EXPORT,
  async run(ctx) {
    const { tickets, ticketTypes, users, events } = ctx.services;
    const event = await events.findById(ctx.payload.eventId);
    if (!event) throw new JobFailure('The event no longer exists.');
    const types = new Map((await ticketTypes.findByEventIds([event.id])).map((type) => [type.id, type]));
    const batchSize = ctx.services.infra.config.exportBatchSize;
    const file = ctx.resultPath('csv');
    const total = await tickets.countOfEvent(event.id);
    let processed = 0;
    await ctx.progress(0, total);

    async function* records() {
      yield csvLine(COLUMNS);
      let after: Ticket | undefined;
      for (;;) {
        await ctx.throwIfCancelled();
        const batch = await tickets.exportBatch(event!.id, after, batchSize);
        if (batch.length === 0) return;
        const buyers = new Map((await users.findManyByIds([...new Set(batch.map((t) => t.ownerId))])).map((user) => [user.id, user]));
        yield batch
          .map((ticket) => {
            const type = types.get(ticket.ticketTypeId);
            return csvLine([ticket.code, ticket.status, ticket.holderName, buyers.get(ticket.ownerId)?.email, type?.name, ticket.priceCents, type?.currency, ticket.orderId, ticket.createdAt, ticket.checkedInAt]);
          })
          .join('');
        processed += batch.length;
        after = batch[batch.length - 1];
        // Tickets sold during the export are in it too, so the total can grow.
        await ctx.progress(processed, Math.max(total, processed));
        if (batch.length < batchSize) return;
      }
    }

    await pipeline(records, fs.createWriteStream(file));
    await ctx.progress(processed, processed);
    return { resultPath: file, message: `Exported ${processed} tickets of ${event.title}.` };
  },
};
