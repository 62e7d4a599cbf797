import type { CountryCode } from 'libphonenumber-js';
import type { Options } from 'csv-parse';
import type { Pool } from 'pg';
import { normalizeLeadEmail, normalizeName, normalizePhone, normalizeZip } from './lead-fields';
import type { LeadImportMapping } from './lead-import.types';

/** The options every CSV reader of an upload shares: ; , or tab separated, a BOM tolerated, ragged rows kept. */
export const CSV_OPTIONS: Options = {
  bom: true,
  delimiter: [',', ';', '\t'],
  relax_column_count: true,
  skip_empty_lines: true,
  trim: true,
};

/** One CSV row made into a lead, or the reason it cannot be one. */
export type ImportRow =
  | { ok: true; rowNumber: number; name: string | null; email: string | null; phone: string | null; zip: string | null; interests: string[] }
  | { ok: false; rowNumber: number; column: string; reason: string };

export interface RowRules {
  mapping: LeadImportMapping;
  defaultCountry: CountryCode;
  /** Interest keys and lower-cased labels -> key. */
  interests: Map<string, string>;
}

const cell = (record: string[], index: number | null | undefined) => (index == null ? '' : (record[index] ?? '').trim());

/** Validates and normalises one record (the same rules as the signup form, name optional). */
export function importRow(record: string[], rowNumber: number, rules: RowRules): ImportRow {
  const { mapping } = rules;
  const bad = (column: string, reason: string): ImportRow => ({ ok: false, rowNumber, column, reason });
  const rawName = cell(record, mapping.name);
  const name = rawName ? normalizeName(rawName) : null;
  if (rawName && !name) return bad('name', 'longer than 100 characters');
  const rawEmail = cell(record, mapping.email);
  const email = rawEmail ? normalizeLeadEmail(rawEmail) : null;
  if (rawEmail && !email) return bad('email', 'not a valid email address');
  const rawPhone = cell(record, mapping.phone);
  const phone = rawPhone ? normalizePhone(rawPhone, rules.defaultCountry) : null;
  if (rawPhone && !phone) return bad('phone', `not a valid phone number (numbers outside ${rules.defaultCountry} need + and the country code)`);
  if (!email && !phone) return bad(mapping.email != null ? 'email' : 'phone', 'neither an email address nor a phone number');
  const rawZip = cell(record, mapping.zip);
  const zip = rawZip ? normalizeZip(rawZip) : null;
  if (rawZip && !zip) return bad('zip', 'not a postcode (2 to 10 letters, digits, spaces or dashes)');
  const interests: string[] = [];
  for (const label of cell(record, mapping.interests).split(/[,;|]/)) {
    const wanted = label.trim().toLowerCase();
    if (!wanted) continue;
    const key = rules.interests.get(wanted);
    if (!key) return bad('interests', `"${label.trim().slice(0, 50)}" is not one of the interest choices`);
    if (!interests.includes(key)) interests.push(key);
  }
  return { ok: true, rowNumber, name, email, phone, zip, interests };
}

/**
 * Upserts one batch in one statement. Rows match existing leads by email, else by phone, and
 * only fill what the lead lacks (a signup's own details win over an old spreadsheet). Rows that
 * raced a concurrent insert of the same person come back in `retry`.
 */
const IMPORT_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
    AS t(row_no, name, email, phone, zip, interests)
),
matched AS (
  SELECT i.*,
         (SELECT id FROM leads WHERE i.email IS NOT NULL AND email = i.email) AS email_owner,
         (SELECT id FROM leads WHERE i.phone IS NOT NULL AND phone = i.phone) AS phone_owner
  FROM input i
),
updated AS (
  UPDATE leads l SET
    name = COALESCE(l.name, m.name),
    email = COALESCE(l.email, CASE WHEN m.email_owner IS NULL THEN m.email END),
    phone = COALESCE(l.phone, CASE WHEN m.phone_owner IS NULL THEN m.phone END),
    zip = COALESCE(l.zip, m.zip),
    interests = CASE WHEN m.interests = '' THEN l.interests
                     ELSE ARRAY(SELECT DISTINCT x FROM unnest(l.interests || string_to_array(m.interests, ',')) x ORDER BY x) END,
    event_ids = CASE WHEN $7::uuid IS NULL OR $7::uuid = ANY (l.event_ids) THEN l.event_ids ELSE l.event_ids || $7::uuid END,
    consent_text = CASE WHEN NOT l.consent_sms AND $8::boolean AND COALESCE(l.phone, m.phone) IS NOT NULL THEN $9::text ELSE l.consent_text END,
    consent_at = CASE WHEN NOT l.consent_sms AND $8::boolean AND COALESCE(l.phone, m.phone) IS NOT NULL THEN now() ELSE l.consent_at END,
    consent_sms = l.consent_sms OR ($8::boolean AND COALESCE(l.phone, m.phone) IS NOT NULL),
    updated_at = now()
  FROM matched m
  WHERE l.id = COALESCE(m.email_owner, m.phone_owner)
  RETURNING m.row_no
),
inserted AS (
  INSERT INTO leads (name, email, phone, zip, interests, event_ids, source, consent_sms, consent_text, consent_at, opted_out)
  SELECT m.name, m.email, m.phone, m.zip, string_to_array(m.interests, ','),
         CASE WHEN $7::uuid IS NULL THEN '{}'::uuid[] ELSE ARRAY[$7::uuid] END,
         'IMPORT',
         $8::boolean AND m.phone IS NOT NULL,
         CASE WHEN $8::boolean AND m.phone IS NOT NULL THEN $9::text END,
         CASE WHEN $8::boolean AND m.phone IS NOT NULL THEN now() END,
         m.phone IS NOT NULL AND EXISTS (SELECT 1 FROM sms_opt_outs o WHERE o.phone = m.phone)
  FROM matched m
  WHERE m.email_owner IS NULL AND m.phone_owner IS NULL
  ORDER BY m.row_no
  ON CONFLICT DO NOTHING
  RETURNING email, phone
)
SELECT (SELECT count(*)::int FROM inserted) AS inserted,
       -- Plain IN (hashed), not a correlated match: a batch is thousands of rows.
       ARRAY(SELECT m.row_no FROM matched m
             WHERE m.email_owner IS NULL AND m.phone_owner IS NULL
               AND NOT (m.email IS NOT NULL AND m.email IN (SELECT email FROM inserted WHERE email IS NOT NULL))
               AND NOT (m.phone IS NOT NULL AND m.phone IN (SELECT phone FROM inserted WHERE phone IS NOT NULL))) AS retry`;

type GoodRow = Extract<ImportRow, { ok: true }>;

export interface ImportOptions {
  eventId: string | null;
  consentSms: boolean;
  consentText: string;
}

/**
 * Collects good rows into batches and writes each with one statement, one batch in flight while
 * the next is being read (CSV parsing in Node overlaps the inserts in Postgres). A row whose email
 * or phone is already in the batch waits for the next one (one statement cannot touch a lead
 * twice), so duplicates within the file merge into one lead just like duplicates of existing leads.
 */
export class LeadImportWriter {
  private batch: GoodRow[] = [];
  private keys = new Set<string>();
  private waiting: GoodRow[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private readonly attempts = new Map<number, number>();
  created = 0;
  merged = 0;

  constructor(
    private readonly pool: Pool,
    private readonly options: ImportOptions,
    private readonly batchSize: number,
    /** A row that could not be stored after several tries. */
    private readonly onGiveUp: (row: GoodRow) => void,
  ) {}

  /** Adds a row; hands a full batch to Postgres once the previous one is written. */
  async add(row: GoodRow): Promise<void> {
    const own = [row.email && `e:${row.email}`, row.phone && `p:${row.phone}`].filter(Boolean) as string[];
    if (own.some((key) => this.keys.has(key))) this.waiting.push(row);
    else {
      this.batch.push(row);
      for (const key of own) this.keys.add(key);
    }
    if (this.batch.length >= this.batchSize) await this.flush();
  }

  /** Writes what is collected, then whatever had to wait, until nothing is left. */
  async finish(): Promise<void> {
    do {
      while (this.batch.length || this.waiting.length) await this.flush();
      await this.inFlight; // may hand back rows to write again
    } while (this.waiting.length);
  }

  private async flush(): Promise<void> {
    const batch = this.batch;
    const waiting = this.waiting;
    this.batch = [];
    this.keys = new Set();
    this.waiting = [];
    // Batches are written in order, one at a time: a later batch may touch the same leads.
    await this.inFlight;
    if (batch.length) {
      this.inFlight = this.write(batch);
      // Awaited at the next flush; marked handled now so a failure is not an unhandled rejection meanwhile.
      this.inFlight.catch(() => undefined);
    }
    for (const row of waiting) await this.add(row);
  }

  private async write(batch: GoodRow[]): Promise<void> {
    const { rows } = await this.pool.query<{ inserted: number; retry: number[] }>({
      name: 'lead_import_batch',
      text: IMPORT_SQL,
      values: [
        batch.map((r) => r.rowNumber),
        batch.map((r) => r.name),
        batch.map((r) => r.email),
        batch.map((r) => r.phone),
        batch.map((r) => r.zip),
        batch.map((r) => r.interests.join(',')),
        this.options.eventId,
        this.options.consentSms,
        this.options.consentText,
      ],
    });
    const retry = new Set(rows[0].retry);
    this.created += rows[0].inserted;
    this.merged += batch.length - rows[0].inserted - retry.size;
    for (const row of batch) {
      if (!retry.has(row.rowNumber)) continue;
      const attempts = (this.attempts.get(row.rowNumber) ?? 0) + 1;
      this.attempts.set(row.rowNumber, attempts);
      if (attempts >= 3) this.onGiveUp(row);
      else this.waiting.push(row);
    }
  }
}
