import type { CountryCode } from 'libphonenumber-js';
import { Parser, type Options } from 'csv-parse';
import type { Pool, PoolClient } from 'pg';
import { normalizeLeadEmail, normalizeName, normalizeZip } from './lead-fields';
import { isConcurrentWriteConflict } from '../../db/concurrent-write-conflict';
import type { LeadImportMapping } from './lead-import.types';

/** The options every CSV reader of an upload shares: ; , or tab separated, a BOM tolerated, ragged rows kept. */
export const CSV_OPTIONS: Options = {
  bom: true,
  delimiter: [',', ';', '\t'],
  relax_column_count: true,
  skip_empty_lines: true,
  trim: true,
};

/** A record with the line of the file it ends on (the row number people see in a spreadsheet). */
export interface NumberedRecord {
  record: string[];
  line: number;
}

/**
 * A csv-parse stream of NumberedRecord. csv-parse pushes each record the moment it has parsed it,
 * so its live `info.lines` is that record's line: the same number `info: true` gives, without the
 * two copies of the whole info object per record that option makes (4 of the 10 s csv-parse took
 * for 1,000,000 rows, measured).
 */
export class NumberedCsvParser extends Parser {
  override push(record: unknown, encoding?: BufferEncoding): boolean {
    return super.push(record === null ? null : ({ record: record as string[], line: this.info.lines } satisfies NumberedRecord), encoding);
  }
}

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

/** The phone cell of a record, as typed. */
export const phoneCell = (record: string[], mapping: LeadImportMapping): string => cell(record, mapping.phone);

/**
 * Validates and normalises one record (the same rules as the signup form, name optional).
 * `phone` is normalizePhone() of its phoneCell(), worked out beforehand: that is most of the
 * CPU an import needs, so ImportRowValidator does it in a thread.
 */
export function importRow(record: string[], rowNumber: number, rules: RowRules, phone: string | null): ImportRow {
  const { mapping } = rules;
  const bad = (column: string, reason: string): ImportRow => ({ ok: false, rowNumber, column, reason });
  const rawName = cell(record, mapping.name);
  const name = rawName ? normalizeName(rawName) : null;
  if (rawName && !name) return bad('name', 'longer than 100 characters');
  const rawEmail = cell(record, mapping.email);
  const email = rawEmail ? normalizeLeadEmail(rawEmail) : null;
  if (rawEmail && !email) return bad('email', 'not a valid email address');
  const rawPhone = phoneCell(record, mapping);
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
 * The leads a batch touches, found by email or by phone: two index scans (each probes its unique
 * index once per distinct value). Most rows of a large import match nothing, so the writer sends
 * only the matched rows to UPDATE and the rest to INSERT, instead of making Postgres join every row
 * against leads (that join drifted to a sequential scan of the whole table as it grew).
 */
const OWNERS_SQL = `
SELECT id, email, phone FROM leads WHERE email = ANY ($1::text[])
UNION
SELECT id, email, phone FROM leads WHERE phone = ANY ($2::text[])`;

/**
 * New leads: the rows the lookup matched to no lead. Inside the lookup's transaction only a
 * concurrent signup can store one of these people first, which is rare, so the plain INSERT is
 * tried first (ON CONFLICT makes Postgres probe the unique indexes before every row: about twice
 * the buffer reads and 40% more time per batch, measured with EXPLAIN ANALYZE).
 */
const INSERT_SQL = `
INSERT INTO leads (name, email, phone, zip, interests, event_ids, source, consent_sms, consent_text, consent_at, opted_out)
SELECT t.name, t.email, t.phone, t.zip, string_to_array(t.interests, ','),
       CASE WHEN $6::uuid IS NULL THEN '{}'::uuid[] ELSE ARRAY[$6::uuid] END,
       'IMPORT',
       $7::boolean AND t.phone IS NOT NULL,
       CASE WHEN $7::boolean AND t.phone IS NOT NULL THEN $8::text END,
       CASE WHEN $7::boolean AND t.phone IS NOT NULL THEN now() END,
       t.phone IS NOT NULL AND EXISTS (SELECT 1 FROM sms_opt_outs o WHERE o.phone = t.phone)
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(name, email, phone, zip, interests)`;

/**
 * The same after the plain INSERT hit a unique index: ON CONFLICT DO NOTHING covers both, and a
 * row a concurrent signup stored first inserts nothing and is written again (then it merges).
 */
const INSERT_OR_SKIP_SQL = `${INSERT_SQL}
ON CONFLICT DO NOTHING
RETURNING email, phone`;

/**
 * Rows merged into existing leads: they only fill what the lead lacks (a signup's own details win
 * over an old spreadsheet). new_email / new_phone are null when another lead owns that value.
 */
const MERGE_SQL = `
UPDATE leads l SET
  name = COALESCE(l.name, m.name),
  email = COALESCE(l.email, m.new_email),
  phone = COALESCE(l.phone, m.new_phone),
  zip = COALESCE(l.zip, m.zip),
  interests = CASE WHEN m.interests = '' THEN l.interests
                   ELSE ARRAY(SELECT DISTINCT x FROM unnest(l.interests || string_to_array(m.interests, ',')) x ORDER BY x) END,
  event_ids = CASE WHEN $8::uuid IS NULL OR $8::uuid = ANY (l.event_ids) THEN l.event_ids ELSE l.event_ids || $8::uuid END,
  consent_text = CASE WHEN NOT l.consent_sms AND $9::boolean AND COALESCE(l.phone, m.phone) IS NOT NULL THEN $10::text ELSE l.consent_text END,
  consent_at = CASE WHEN NOT l.consent_sms AND $9::boolean AND COALESCE(l.phone, m.phone) IS NOT NULL THEN now() ELSE l.consent_at END,
  consent_sms = l.consent_sms OR ($9::boolean AND COALESCE(l.phone, m.phone) IS NOT NULL),
  updated_at = now()
FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
  AS m(id, name, new_email, phone, new_phone, zip, interests)
WHERE l.id = m.id
RETURNING l.id`;

const MAX_ATTEMPTS = 3;

type GoodRow = Extract<ImportRow, { ok: true }>;

/** A row to write again: after a conflict with a concurrent change (counted), or only deferred. */
interface Retry {
  row: GoodRow;
  conflict: boolean;
}

interface Written {
  created: number;
  merged: number;
  retry: Retry[];
}

export interface ImportOptions {
  eventId: string | null;
  consentSms: boolean;
  consentText: string;
}

/** The emails and phones of some rows: rows sharing either are the same person. */
class PersonKeys {
  private readonly emails = new Set<string>();
  private readonly phones = new Set<string>();

  has(row: GoodRow): boolean {
    return (row.email !== null && this.emails.has(row.email)) || (row.phone !== null && this.phones.has(row.phone));
  }

  add(row: GoodRow): void {
    if (row.email !== null) this.emails.add(row.email);
    if (row.phone !== null) this.phones.add(row.phone);
  }

  delete(row: GoodRow): void {
    if (row.email !== null) this.emails.delete(row.email);
    if (row.phone !== null) this.phones.delete(row.phone);
  }
}

/**
 * Collects good rows into batches and writes each in one short transaction (lookup, INSERT, UPDATE),
 * up to `maxInFlight` batches at once so Postgres writes one while it looks up the next and Node
 * reads and validates more. No two rows of one batch, nor of two batches in flight, share an email
 * or a phone: such a row waits (with any later row sharing its keys) until the batch holding that
 * key is written, so duplicates within the file merge into one lead just like duplicates of
 * existing leads, in file order, and two transactions never race for the same new lead.
 */
export class LeadImportWriter {
  private batch: GoodRow[] = [];
  /** Keys of the batch being collected and of the rows waiting. */
  private taken = new PersonKeys();
  private waiting: GoodRow[] = [];
  /** Keys of the batches being written. */
  private readonly busy = new PersonKeys();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | null = null;
  private readonly attempts = new Map<number, number>();
  created = 0;
  merged = 0;

  constructor(
    private readonly pool: Pool,
    private readonly options: ImportOptions,
    private readonly batchSize: number,
    private readonly maxInFlight: number,
    /** A row that could not be stored after several tries. */
    private readonly onGiveUp: (row: GoodRow) => void,
  ) {}

  /**
   * Adds a row; hands a full batch to Postgres once fewer than maxInFlight are being written. Many
   * rows waiting (a file repeating one person) also make a batch, so memory stays bounded.
   */
  async add(row: GoodRow): Promise<void> {
    this.place(row);
    if (this.batch.length >= this.batchSize || this.waiting.length >= this.batchSize) await this.flush();
  }

  /** Writes what is collected, then whatever had to wait, until nothing is left. */
  async finish(): Promise<void> {
    while (this.batch.length || this.waiting.length || this.inFlight.size) {
      if (this.batch.length || this.waiting.length) await this.flush();
      else await Promise.race(this.inFlight); // may hand back rows to write again
    }
    this.throwIfFailed();
  }

  private place(row: GoodRow): void {
    if (this.taken.has(row) || this.busy.has(row)) this.waiting.push(row);
    else this.batch.push(row);
    this.taken.add(row);
  }

  private async flush(): Promise<void> {
    // A batch waits for a free slot; rows that only wait for the batches in flight, for one of them.
    while (this.inFlight.size >= this.maxInFlight || (!this.batch.length && this.inFlight.size)) await Promise.race(this.inFlight);
    this.throwIfFailed();
    const batch = this.batch;
    const waiting = this.waiting;
    this.batch = [];
    this.waiting = [];
    this.taken = new PersonKeys();
    if (batch.length) this.start(batch);
    for (const row of waiting) this.place(row);
  }

  private start(batch: GoodRow[]): void {
    for (const row of batch) this.busy.add(row);
    const done: Promise<void> = this.write(batch)
      .then(({ created, merged, retry }) => {
        this.created += created;
        this.merged += merged;
        for (const row of batch) this.busy.delete(row); // no other batch in flight has its keys
        this.requeue(retry);
      })
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
  }

  /** Rows to write again go ahead of the rows waiting (they come earlier in the file). */
  private requeue(retry: Retry[]): void {
    const again: GoodRow[] = [];
    for (const { row, conflict } of retry) {
      const attempts = (this.attempts.get(row.rowNumber) ?? 0) + (conflict ? 1 : 0);
      this.attempts.set(row.rowNumber, attempts);
      if (attempts >= MAX_ATTEMPTS) this.onGiveUp(row);
      else again.push(row);
    }
    for (const row of again) this.taken.add(row);
    this.waiting = [...again, ...this.waiting];
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }

  /**
   * Writes one batch in one transaction; after a unique violation (a concurrent signup stored one
   * of these people) again with ON CONFLICT, and after a second conflict or a deadlock with a
   * concurrent change, its rows go back to be written again.
   */
  private async write(batch: GoodRow[]): Promise<Written> {
    try {
      return await this.transaction(batch, false);
    } catch (err) {
      if (!isConcurrentWriteConflict(err)) throw err;
    }
    try {
      return await this.transaction(batch, true);
    } catch (err) {
      if (!isConcurrentWriteConflict(err)) throw err;
      return { created: 0, merged: 0, retry: batch.map((row) => ({ row, conflict: true })) };
    }
  }

  private async transaction(batch: GoodRow[], careful: boolean): Promise<Written> {
    const client = await this.pool.connect();
    try {
      // The import is idempotent and resumable (a rerun merges into the leads already written), so
      // a commit lost to a crash costs nothing: no need to wait for the WAL flush of each batch.
      await client.query('BEGIN; SET LOCAL synchronous_commit = off');
      const written = await this.writeIn(client, batch, careful);
      await client.query('COMMIT');
      return written;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  private async writeIn(client: PoolClient, batch: GoodRow[], careful: boolean): Promise<Written> {
    const { eventId, consentSms, consentText } = this.options;
    const owners = await client.query<{ id: string; email: string | null; phone: string | null }>({
      name: 'lead_import_owners',
      text: OWNERS_SQL,
      values: [batch.flatMap((r) => (r.email ? [r.email] : [])), batch.flatMap((r) => (r.phone ? [r.phone] : []))],
    });
    const byEmail = new Map<string, string>();
    const byPhone = new Map<string, string>();
    for (const lead of owners.rows) {
      if (lead.email) byEmail.set(lead.email, lead.id);
      if (lead.phone) byPhone.set(lead.phone, lead.id);
    }
    const fresh: GoodRow[] = [];
    const merges = new Map<string, GoodRow>();
    const retry: Retry[] = [];
    let created = 0;
    let merged = 0;
    for (const row of batch) {
      // Email wins, then phone.
      const owner = (row.email && byEmail.get(row.email)) || (row.phone && byPhone.get(row.phone));
      if (!owner) fresh.push(row);
      // One statement updates a lead once: a second row for it (by its other key) goes in a later batch.
      else if (merges.has(owner)) retry.push({ row, conflict: false });
      else merges.set(owner, row);
    }

    if (fresh.length) {
      const values = [
        fresh.map((r) => r.name),
        fresh.map((r) => r.email),
        fresh.map((r) => r.phone),
        fresh.map((r) => r.zip),
        fresh.map((r) => r.interests.join(',')),
        eventId,
        consentSms,
        consentText,
      ];
      if (!careful) {
        await client.query({ name: 'lead_import_insert', text: INSERT_SQL, values });
        created = fresh.length;
      } else {
        const { rows } = await client.query<{ email: string | null; phone: string | null }>({ name: 'lead_import_insert_or_skip', text: INSERT_OR_SKIP_SQL, values });
        const emails = new Set(rows.map((r) => r.email));
        const phones = new Set(rows.map((r) => r.phone));
        created = rows.length;
        for (const row of fresh) {
          if ((row.email && emails.has(row.email)) || (row.phone && phones.has(row.phone))) continue;
          retry.push({ row, conflict: true }); // a concurrent signup stored this person since the lookup
        }
      }
    }

    if (merges.size) {
      // In id order, so two transactions updating the same leads lock them in the same order.
      const targets = [...merges].sort(([a], [b]) => (a < b ? -1 : 1));
      const { rows } = await client.query<{ id: string }>({
        name: 'lead_import_merge',
        text: MERGE_SQL,
        values: [
          targets.map(([id]) => id),
          targets.map(([, r]) => r.name),
          targets.map(([, r]) => (r.email && !byEmail.has(r.email) ? r.email : null)),
          targets.map(([, r]) => r.phone),
          targets.map(([, r]) => (r.phone && !byPhone.has(r.phone) ? r.phone : null)),
          targets.map(([, r]) => r.zip),
          targets.map(([, r]) => r.interests.join(',')),
          eventId,
          consentSms,
          consentText,
        ],
      });
      const updated = new Set(rows.map((r) => r.id));
      for (const [id, row] of targets) {
        if (updated.has(id)) merged++;
        else retry.push({ row, conflict: true }); // the lead was deleted since the lookup
      }
    }
    return { created, merged, retry };
  }
}
