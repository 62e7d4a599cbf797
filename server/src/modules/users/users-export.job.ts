import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Repository } from 'typeorm';
import { csvLine } from '../../infra/csv';
import type { JobHandler } from '../jobs/job-handler';
import { User } from './user.entity';

export const USERS_EXPORT = 'users.export';

const COLUMNS = ['id', 'email', 'name', 'role', 'status', 'created_at', 'last_sign_in_at'];

/**
 * Every user to CSV, oldest first. Reads keyset batches of EXPORT_BATCH_SIZE (never the whole
 * table), writes through a file stream with backpressure, reports progress per batch and stops
 * at the next batch once cancelled.
 */
export const usersExportJob: JobHandler = {
  kind: USERS_EXPORT,
  async run(ctx) {
    const repo = ctx.services.infra.db.getRepository(User);
    const batchSize = ctx.services.infra.config.exportBatchSize;
    const file = ctx.resultPath('csv');
    const total = await repo.count();
    let processed = 0;
    await ctx.progress(0, total);

    async function* records() {
      yield csvLine(COLUMNS);
      let after: User | undefined;
      for (;;) {
        await ctx.throwIfCancelled();
        const batch = await readBatch(repo, after, batchSize);
        if (batch.length === 0) return;
        yield batch.map((user) => csvLine([user.id, user.email, user.name, user.role, user.status, user.createdAt, user.lastSignInAt])).join('');
        processed += batch.length;
        after = batch[batch.length - 1];
        // Users who signed up during the export are in it too, so the total can grow.
        await ctx.progress(processed, Math.max(total, processed));
        if (batch.length < batchSize) return;
      }
    }

    await pipeline(records, fs.createWriteStream(file));
    await ctx.progress(processed, processed);
    return { resultPath: file, message: `Exported ${processed} users.` };
  },
};

/** The next users after `after` in (createdAt, id) order: a keyset read that uses the list index. */
function readBatch(repo: Repository<User>, after: User | undefined, limit: number): Promise<User[]> {
  const query = repo
    .createQueryBuilder('user')
    .select(['user.id', 'user.email', 'user.name', 'user.role', 'user.status', 'user.createdAt', 'user.lastSignInAt'])
    .orderBy('user.createdAt', 'ASC')
    .addOrderBy('user.id', 'ASC')
    .limit(limit);
  if (after) query.where('(user.createdAt, user.id) > (:createdAt, :id)', { createdAt: after.createdAt, id: after.id });
  return query.getMany();
}
