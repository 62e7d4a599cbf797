import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { MAIL_JOB_OPTIONS, type MailJobData } from './mail.queue';

const BATCH = 200;
/** Longer than a healthy Redis ever takes; past it the claim is rolled back and retried on a later pass. */
const QUEUE_TIMEOUT_MS = 5000;
/** A message QUEUED this long was lost by Redis (a restart without persistence, a flush): hand it over again. */
const STUCK_AFTER = '5 minutes';

/**
 * The outbox relay: moves committed PENDING messages into the mail queue. Claiming with
 * FOR UPDATE SKIP LOCKED lets every process run a relay without handing a message over twice at
 * once; if Redis is down the transaction rolls back and the messages wait, still PENDING.
 */
export class MailRelay {
  constructor(
    private readonly db: DataSource,
    private readonly queue: Queue<MailJobData>,
  ) {}

  /** Hands over everything waiting; returns how many messages were queued. */
  async drain(): Promise<number> {
    await this.db.query(`UPDATE mail_messages SET status = 'PENDING' WHERE status = 'QUEUED' AND queued_at < now() - interval '${STUCK_AFTER}'`);
    let total = 0;
    for (;;) {
      const queued = await this.relayBatch();
      total += queued;
      if (queued < BATCH) return total;
    }
  }

  private relayBatch(): Promise<number> {
    return this.db.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM mail_messages WHERE status = 'PENDING' ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (!rows.length) return 0;
      const ids = rows.map((row) => row.id);
      // jobId = message id: adding a message that is still in the queue is a no-op, so a late add
      // after a timeout here is harmless too.
      await withTimeout(
        this.queue.addBulk(ids.map((id) => ({ name: 'deliver', data: { messageId: id }, opts: { ...MAIL_JOB_OPTIONS, jobId: id } }))),
        QUEUE_TIMEOUT_MS,
      );
      await manager.query(`UPDATE mail_messages SET status = 'QUEUED', queued_at = now() WHERE id = ANY($1)`, [ids]);
      return ids.length;
    });
  }
}

/** BullMQ waits for Redis to come back; the relay must not hold its row locks that long. */
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`The mail queue did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
