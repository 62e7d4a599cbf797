import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { updatedRows } from '../../db/query-rows';
import { OutgoingWebhookDelivery, WebhookDeliveryStatus } from './outgoing-webhook-delivery.entity';
import { OutgoingWebhookEndpoint } from './outgoing-webhook-endpoint.entity';
import { webhookBody } from './webhook-payloads';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, webhookSignature } from './webhook-signature';

/** What the worker receives: the delivery row's id (the row is the truth). */
export interface WebhookJobData {
  id: string;
}

/** Attempts of one endpoint in the queue at once, so a slow or dead endpoint holds few of the worker's slots. */
export const IN_FLIGHT_PER_ENDPOINT = 2;
/** Longest wait between two attempts. */
const MAX_BACKOFF_SECONDS = 3600;
/** A row QUEUED this long was lost by Redis: it goes back to PENDING. */
const STUCK_AFTER_SECONDS = 300;

/**
 * Due PENDING deliveries, at most IN_FLIGHT_PER_ENDPOINT per endpoint counting those already
 * QUEUED. Two relays may claim the same row; the UPDATE's own status check lets one win.
 */
const CLAIM_SQL = `
UPDATE outgoing_webhook_deliveries SET status = 'QUEUED', updated_at = now()
WHERE status = 'PENDING' AND id IN (
  SELECT id FROM (
    SELECT d.id, row_number() OVER (PARTITION BY d.endpoint_id ORDER BY d.next_attempt_at, d.created_at) AS n,
           (SELECT count(*) FROM outgoing_webhook_deliveries q WHERE q.endpoint_id = d.endpoint_id AND q.status = 'QUEUED') AS busy
    FROM outgoing_webhook_deliveries d
    WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
  ) due
  WHERE n + busy <= $2
  LIMIT $1)
RETURNING id, attempts`;

/**
 * Outgoing webhook deliveries: the relay hands due rows to BullMQ (job id = row id and attempt, so
 * a row is never in the queue twice), the worker makes one signed POST per job and records the
 * outcome; failures are retried with doubling waits until the retry window after the event closes.
 */
export class WebhookSender {
  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
  ) {}

  /** Queues up to `limit` due deliveries; returns how many. Rows go back to PENDING if Redis refuses them. */
  async relay(queue: Queue<WebhookJobData>, limit: number): Promise<number> {
    const rows = updatedRows<{ id: string; attempts: number }>(await this.db.query(CLAIM_SQL, [limit, IN_FLIGHT_PER_ENDPOINT]));
    if (!rows.length) return 0;
    try {
      await queue.addBulk(rows.map(({ id, attempts }) => ({ name: 'deliver', data: { id }, opts: { jobId: `${id}-${attempts}`, removeOnComplete: true, removeOnFail: 1_000 } })));
    } catch (err) {
      await this.db.query(`UPDATE outgoing_webhook_deliveries SET status = 'PENDING', updated_at = now() WHERE id = ANY($1) AND status = 'QUEUED'`, [rows.map((r) => r.id)]);
      throw err;
    }
    return rows.length;
  }

  /** Rows QUEUED for too long (Redis lost their job, a worker died mid-send) go back to PENDING. */
  async sweep(): Promise<number> {
    const rows = await this.db.query(
      `UPDATE outgoing_webhook_deliveries SET status = 'PENDING', updated_at = now()
       WHERE status = 'QUEUED' AND updated_at < now() - make_interval(secs => $1) RETURNING id`,
      [STUCK_AFTER_SECONDS + this.config.webhookTimeoutSeconds],
    );
    return updatedRows(rows).length;
  }

  /** One attempt of one delivery. */
  async deliver(id: string): Promise<void> {
    const delivery = await this.db.getRepository(OutgoingWebhookDelivery).findOneBy({ id, status: WebhookDeliveryStatus.QUEUED });
    if (!delivery) return;
    const endpoint = await this.db.getRepository(OutgoingWebhookEndpoint).findOneBy({ id: delivery.endpointId });
    if (!endpoint) return;
    const body = webhookBody(delivery);
    const timestamp = Math.floor(Date.now() / 1000);
    let responseStatus: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Matchday-Webhooks/1',
          [EVENT_ID_HEADER]: delivery.eventId,
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: webhookSignature(endpoint.secret, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.webhookTimeoutSeconds * 1000),
      });
      responseStatus = res.status;
      // The answer is not read beyond its status; cancelling frees the connection.
      await res.body?.cancel().catch(() => undefined);
      if (res.status < 200 || res.status > 299) error = `The endpoint answered HTTP ${res.status}`;
    } catch (err) {
      error = describeFailure(err, this.config.webhookTimeoutSeconds);
    }
    await this.record(delivery, responseStatus, error);
  }

  private async record(delivery: OutgoingWebhookDelivery, responseStatus: number | null, error: string | null): Promise<void> {
    const attempts = delivery.attempts + 1;
    const repo = this.db.getRepository(OutgoingWebhookDelivery);
    if (!error) {
      await repo.update({ id: delivery.id }, { status: WebhookDeliveryStatus.SUCCEEDED, attempts, responseStatus, lastError: null, deliveredAt: new Date() });
      return;
    }
    const waitSeconds = Math.min(this.config.webhookRetryBaseSeconds * 2 ** (attempts - 1), MAX_BACKOFF_SECONDS);
    const nextAttemptAt = new Date(Date.now() + waitSeconds * 1000);
    const windowEnds = delivery.createdAt.getTime() + this.config.webhookRetryForSeconds * 1000;
    const status = nextAttemptAt.getTime() > windowEnds ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING;
    await repo.update({ id: delivery.id }, { status, attempts, responseStatus, lastError: error, nextAttemptAt });
  }
}

/** A sentence for the delivery log: what went wrong, without internals. */
function describeFailure(err: unknown, timeoutSeconds: number): string {
  const name = (err as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `The endpoint did not answer within ${timeoutSeconds} seconds`;
  const code = (err as { cause?: { code?: string } }).cause?.code;
  if (code === 'ECONNREFUSED') return 'The endpoint refused the connection';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return "The endpoint's host name could not be resolved";
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'The endpoint closed the connection';
  return code ? `The request failed (${code})` : 'The request failed';
}
