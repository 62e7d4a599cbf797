import type { Pool } from 'pg';
import { isConcurrentWriteConflict } from '../../db/concurrent-write-conflict';
import type { Logger } from '../../infra/logger';
import { emitWebhookCte } from '../outgoing-webhooks/emit-webhook';
import { WebhookEventType } from '../outgoing-webhooks/webhook-event-type';
import { LEAD_CREATED_DATA_SQL } from '../outgoing-webhooks/webhook-payloads';

/** One validated, normalised signup, ready to store. */
export interface SignupRow {
  name: string;
  email: string | null;
  phone: string | null;
  zip: string | null;
  interests: string[];
  eventId: string | null;
  consentSms: boolean;
  consentText: string;
  consentIp: string | null;
  /** The confirmation text, already filled in for this person. */
  smsBody: string;
  idempotencyKey: string | null;
  /** The receipt id to answer with, unless a retry of the key finds the first answer. */
  receiptId: string;
}

export interface StoredSignup {
  receiptId: string;
  receivedAt: Date;
}

/**
 * Stores signups in batches, each batch ONE statement (one round trip, one implicit transaction):
 * a signup is acknowledged only once its batch has committed, and its SMS confirmation is in the
 * outbox with it. One batch is written at a time and the signups that arrive meanwhile make up the
 * next one (group commit): no timer, no added wait when traffic is light. Measured with
 * `npm run bench:signup`: three batches in flight cost Postgres about twice the CPU per signup of one
 * (they contend for the same index pages) and answered no more signups.
 *
 * Per row of the batch:
 *  - prior:    the first answer to its idempotencyKey, if any (then nothing else happens to it);
 *  - existing: the lead with its email, else the one with its phone (email wins when they differ);
 *  - updated / inserted: update that lead, or insert a new one. ON CONFLICT DO NOTHING covers both
 *    unique indexes: when an identical signup committed first, the row inserts nothing and comes
 *    back without an answer, and is written again (then it finds and updates that lead). Two
 *    signups never make two leads;
 *  - sms:      the confirmation text, PENDING in the outbox; the partial unique index on
 *    (lead_id) WHERE kind = 'CONFIRMATION' makes a second one impossible;
 *  - receipt:  the answer, kept for retries of its idempotencyKey;
 *  - webhook:  lead.created for each new lead, to the outgoing webhook endpoints that want it.
 * No two rows of one batch share an email, a phone or an idempotency key (the batcher sees to it).
 */
const BATCH_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[],
                       $8::boolean[], $9::text[], $10::text[], $11::text[], $12::text[], $13::uuid[])
    AS t(ord, name, email, phone, zip, interests, event_id, consent, consent_text, consent_ip, sms_body, idem_key, receipt_id)
),
prior AS (
  SELECT i.ord, r.receipt_id, r.created_at FROM input i JOIN lead_signup_receipts r ON r.key = i.idem_key
),
todo AS (
  SELECT * FROM input i WHERE NOT EXISTS (SELECT 1 FROM prior p WHERE p.ord = i.ord)
),
existing AS (
  SELECT t.ord, m.id, m.by_phone,
         CASE WHEN t.phone IS NULL OR m.phone = t.phone THEN m.phone
              WHEN EXISTS (SELECT 1 FROM leads o WHERE o.phone = t.phone) THEN m.phone
              ELSE t.phone END AS new_phone
  FROM todo t
  CROSS JOIN LATERAL (
    SELECT id, phone, false AS by_phone FROM leads WHERE t.email IS NOT NULL AND email = t.email
    UNION ALL
    SELECT id, phone, true FROM leads WHERE t.phone IS NOT NULL AND phone = t.phone
    ORDER BY by_phone
    LIMIT 1
  ) m
),
updated AS (
  UPDATE leads l SET
    name = t.name,
    email = CASE WHEN e.by_phone THEN COALESCE(t.email, l.email) ELSE l.email END,
    phone = e.new_phone,
    zip = COALESCE(t.zip, l.zip),
    interests = ARRAY(SELECT DISTINCT i FROM unnest(l.interests || string_to_array(t.interests, ',')) i ORDER BY i),
    event_ids = CASE WHEN t.event_id IS NULL OR t.event_id = ANY (l.event_ids) THEN l.event_ids ELSE l.event_ids || t.event_id END,
    consent_sms = l.consent_sms OR t.consent,
    consent_text = CASE WHEN t.consent THEN t.consent_text ELSE l.consent_text END,
    consent_at = CASE WHEN t.consent THEN now() ELSE l.consent_at END,
    consent_ip = CASE WHEN t.consent THEN t.consent_ip ELSE l.consent_ip END,
    opted_out = e.new_phone IS NOT NULL AND EXISTS (SELECT 1 FROM sms_opt_outs WHERE phone = e.new_phone),
    updated_at = now()
  FROM existing e JOIN todo t ON t.ord = e.ord
  WHERE l.id = e.id
  RETURNING t.ord, l.id, l.phone, l.consent_sms, l.opted_out
),
inserted AS (
  INSERT INTO leads (name, email, phone, zip, interests, event_ids, consent_sms, consent_text, consent_at, consent_ip, opted_out)
  SELECT t.name, t.email, t.phone, t.zip, string_to_array(t.interests, ','),
         CASE WHEN t.event_id IS NULL THEN '{}'::uuid[] ELSE ARRAY[t.event_id] END,
         t.consent,
         CASE WHEN t.consent THEN t.consent_text END,
         CASE WHEN t.consent THEN now() END,
         CASE WHEN t.consent THEN t.consent_ip END,
         t.phone IS NOT NULL AND EXISTS (SELECT 1 FROM sms_opt_outs WHERE phone = t.phone)
  FROM todo t
  WHERE NOT EXISTS (SELECT 1 FROM existing e WHERE e.ord = t.ord)
  ORDER BY t.ord
  ON CONFLICT DO NOTHING
  RETURNING id, email, phone, consent_sms, opted_out
),
webhook AS (${emitWebhookCte(WebhookEventType.LEAD_CREATED, 'inserted', LEAD_CREATED_DATA_SQL)}),
lead AS (
  SELECT ord, id, phone, consent_sms, opted_out FROM updated
  UNION ALL
  SELECT t.ord, x.id, x.phone, x.consent_sms, x.opted_out FROM inserted x JOIN todo t ON t.email = x.email
  UNION ALL
  SELECT t.ord, x.id, x.phone, x.consent_sms, x.opted_out FROM inserted x JOIN todo t ON t.phone = x.phone
  WHERE t.email IS NULL AND x.email IS NULL
),
sms AS (
  INSERT INTO sms_messages (lead_id, direction, kind, to_phone, body, status)
  SELECT l.id, 'OUTBOUND', 'CONFIRMATION', l.phone, t.sms_body, 'PENDING'
  FROM lead l JOIN todo t ON t.ord = l.ord
  WHERE t.consent AND l.consent_sms AND l.phone IS NOT NULL AND NOT l.opted_out
  ON CONFLICT DO NOTHING
  RETURNING id
),
receipt AS (
  INSERT INTO lead_signup_receipts (key, receipt_id)
  SELECT t.idem_key, t.receipt_id FROM lead l JOIN todo t ON t.ord = l.ord WHERE t.idem_key IS NOT NULL
  ON CONFLICT DO NOTHING
  RETURNING key
)
SELECT p.ord, p.receipt_id, p.created_at AS received_at, false AS lost_key_race FROM prior p
UNION ALL
SELECT l.ord, t.receipt_id, now()::timestamptz(3),
       t.idem_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM receipt r WHERE r.key = t.idem_key)
FROM lead l JOIN todo t ON t.ord = l.ord`;

const RECEIPT_SQL = `SELECT receipt_id, created_at AS received_at FROM lead_signup_receipts WHERE key = $1`;

const MAX_ATTEMPTS = 5;
const MAX_BATCH = 250;

interface Pending {
  row: SignupRow;
  attempts: number;
  /** After a failed batch a row is written on its own, so one row's conflict cannot fail others again. */
  alone: boolean;
  resolve(stored: StoredSignup): void;
  reject(err: unknown): void;
}

interface ResultRow {
  ord: number;
  receipt_id: string;
  received_at: Date;
  lost_key_race: boolean;
}

export class SignupWriter {
  private readonly queue: Pending[] = [];
  private writing = false;

  constructor(
    private readonly pool: Pool,
    private readonly log: Logger,
  ) {}

  write(row: SignupRow): Promise<StoredSignup> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, attempts: 0, alone: false, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.writing || !this.queue.length) return;
    this.writing = true;
    this.writeBatch(this.takeBatch()).finally(() => {
      this.writing = false;
      this.pump();
    });
  }

  /** The oldest rows that share no email, phone or idempotency key; the others wait for a later batch. */
  private takeBatch(): Pending[] {
    const batch: Pending[] = [];
    const keys = new Set<string>();
    const rest: Pending[] = [];
    for (const pending of this.queue) {
      const { email, phone, idempotencyKey } = pending.row;
      const own = [email && `e:${email}`, phone && `p:${phone}`, idempotencyKey && `k:${idempotencyKey}`].filter(Boolean) as string[];
      const fits = batch.length < MAX_BATCH && !own.some((key) => keys.has(key)) && (batch.length === 0 || (!pending.alone && !batch[0].alone));
      if (fits) {
        batch.push(pending);
        for (const key of own) keys.add(key);
      } else {
        rest.push(pending);
      }
    }
    this.queue.length = 0;
    this.queue.push(...rest);
    return batch;
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    let rows: ResultRow[];
    try {
      rows = (await this.pool.query<ResultRow>({ name: 'lead_signup_batch', text: BATCH_SQL, values: columns(batch) })).rows;
    } catch (err) {
      for (const pending of batch) {
        if (isConcurrentWriteConflict(err) && pending.attempts + 1 < MAX_ATTEMPTS) this.again(pending);
        else pending.reject(err);
      }
      return;
    }
    const byOrd = new Map(rows.map((row) => [row.ord, row]));
    await Promise.all(
      batch.map(async (pending, ord) => {
        const row = byOrd.get(ord);
        if (!row) {
          // An identical signup committed while this batch ran: write the row again to find its lead.
          if (pending.attempts + 1 < MAX_ATTEMPTS) return this.again(pending);
          this.log.error('A signup kept colliding with concurrent signups');
          return pending.reject(new Error('Signup could not be stored after several attempts'));
        }
        if (row.lost_key_race) return this.firstAnswer(pending);
        pending.resolve({ receiptId: row.receipt_id, receivedAt: row.received_at });
      }),
    );
  }

  private again(pending: Pending): void {
    pending.attempts++;
    pending.alone = true;
    this.queue.push(pending);
  }

  /** A concurrent request with the same idempotencyKey committed first: answer with its receipt. */
  private async firstAnswer(pending: Pending): Promise<void> {
    try {
      const { rows } = await this.pool.query<{ receipt_id: string; received_at: Date }>(RECEIPT_SQL, [pending.row.idempotencyKey]);
      pending.resolve({ receiptId: rows[0].receipt_id, receivedAt: rows[0].received_at });
    } catch (err) {
      pending.reject(err);
    }
  }
}

/** The batch as one array per column, for unnest(). */
function columns(batch: Pending[]): unknown[] {
  const rows = batch.map((pending) => pending.row);
  return [
    rows.map((_, ord) => ord),
    rows.map((r) => r.name),
    rows.map((r) => r.email),
    rows.map((r) => r.phone),
    rows.map((r) => r.zip),
    rows.map((r) => r.interests.join(',')),
    rows.map((r) => r.eventId),
    rows.map((r) => r.consentSms),
    rows.map((r) => r.consentText),
    rows.map((r) => r.consentIp),
    rows.map((r) => r.smsBody),
    rows.map((r) => r.idempotencyKey),
    rows.map((r) => r.receiptId),
  ];
}
