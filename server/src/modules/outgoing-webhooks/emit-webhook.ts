import crypto from 'node:crypto';
import type { WebhookEventType } from './webhook-event-type';

/** Anything that runs SQL inside the caller's transaction: a TypeORM EntityManager or a pg client. */
export interface SqlRunner {
  query(text: string, params: unknown[]): Promise<unknown>;
}

const EMIT_SQL = `
INSERT INTO outgoing_webhook_deliveries (endpoint_id, event_id, event_type, data)
SELECT e.id, o.event_id, $1, o.data
FROM outgoing_webhook_endpoints e CROSS JOIN jsonb_to_recordset($2::jsonb) AS o(event_id uuid, data jsonb)
WHERE e.enabled AND $1 = ANY (e.event_types)`;

/**
 * Records events for every endpoint that wants them, in the caller's transaction (the outbox):
 * they are delivered only if the change commits, and a Redis outage delays them but loses none.
 * One statement, which writes nothing when no endpoint subscribes. `data` is one event's payload,
 * or several (one event each).
 */
export async function emitWebhook(runner: SqlRunner, type: WebhookEventType, data: object | object[]): Promise<void> {
  const events = (Array.isArray(data) ? data : [data]).map((d) => ({ event_id: crypto.randomUUID(), data: d }));
  if (events.length) await runner.query(EMIT_SQL, [type, JSON.stringify(events)]);
}

/**
 * The same as a data-modifying CTE, for a writer that does everything in one statement (the
 * signup batch): `source` names a CTE of the statement, `dataSql` builds each event's jsonb from
 * its columns.
 */
export function emitWebhookCte(type: WebhookEventType, source: string, dataSql: string): string {
  return `INSERT INTO outgoing_webhook_deliveries (endpoint_id, event_id, event_type, data)
  SELECT e.id, ev.event_id, '${type}', ev.data
  FROM (SELECT gen_random_uuid() AS event_id, ${dataSql} AS data FROM ${source}) ev
  JOIN outgoing_webhook_endpoints e ON e.enabled AND '${type}' = ANY (e.event_types)`;
}
