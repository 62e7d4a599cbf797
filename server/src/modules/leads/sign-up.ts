import crypto from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Pool } from 'pg';
import type { Config } from '../../config';
import { badInput } from '../../graphql/errors';
import type { Logger } from '../../infra/logger';
import type { RateLimiter } from '../../infra/rate-limiter';
import { renderTemplate } from '../sms/message-template';
import type { LeadInterestsService } from './lead-interests.service';
import { normalizeLeadEmail, normalizeName, normalizePhone, normalizeZip } from './lead-fields';
import type { LeadSignupInput, SignupReceipt } from './leads.types';

/**
 * The whole signup in ONE statement (one round trip, one implicit transaction), so a signup is
 * acknowledged only once durable and its SMS confirmation is in the outbox with it:
 *  - prior:    the first answer to this idempotencyKey, if any (then nothing else happens);
 *  - existing: the lead with this email, else the one with this phone (email wins when they differ);
 *  - updated / inserted: update that lead, or insert a new one. ON CONFLICT DO NOTHING covers both
 *    unique indexes: when an identical signup commits first, this one inserts nothing and is retried
 *    (then it finds and updates that lead), so two signups never make two leads;
 *  - sms:      the confirmation text, PENDING in the outbox; the partial unique index on
 *    (lead_id) WHERE kind = 'CONFIRMATION' makes a second one impossible;
 *  - receipt:  the answer, kept for retries when an idempotencyKey came with the request.
 *
 * $1 name, $2 email, $3 phone, $4 zip, $5 interests, $6 event id, $7 consent, $8 consent text,
 * $9 consent IP, $10 confirmation text, $11 idempotency key, $12 receipt id.
 */
const SIGNUP_SQL = `
WITH prior AS (
  SELECT receipt_id, created_at FROM lead_signup_receipts WHERE $11::text IS NOT NULL AND key = $11::text
),
existing AS (
  SELECT m.id, m.by_phone,
         CASE WHEN $3::text IS NULL OR m.phone = $3::text THEN m.phone
              WHEN EXISTS (SELECT 1 FROM leads o WHERE o.phone = $3::text) THEN m.phone
              ELSE $3::text END AS new_phone
  FROM (
    SELECT id, phone, false AS by_phone FROM leads WHERE $2::text IS NOT NULL AND email = $2::text
    UNION ALL
    SELECT id, phone, true FROM leads WHERE $3::text IS NOT NULL AND phone = $3::text
  ) m
  WHERE NOT EXISTS (SELECT 1 FROM prior)
  ORDER BY m.by_phone
  LIMIT 1
),
updated AS (
  UPDATE leads l SET
    name = $1::text,
    email = CASE WHEN e.by_phone THEN COALESCE($2::text, l.email) ELSE l.email END,
    phone = e.new_phone,
    zip = COALESCE($4::text, l.zip),
    interests = ARRAY(SELECT DISTINCT i FROM unnest(l.interests || $5::text[]) i ORDER BY i),
    event_ids = CASE WHEN $6::uuid IS NULL OR $6::uuid = ANY (l.event_ids) THEN l.event_ids ELSE l.event_ids || $6::uuid END,
    consent_sms = l.consent_sms OR $7::boolean,
    consent_text = CASE WHEN $7::boolean THEN $8::text ELSE l.consent_text END,
    consent_at = CASE WHEN $7::boolean THEN now() ELSE l.consent_at END,
    consent_ip = CASE WHEN $7::boolean THEN $9::text ELSE l.consent_ip END,
    opted_out = e.new_phone IS NOT NULL AND EXISTS (SELECT 1 FROM sms_opt_outs WHERE phone = e.new_phone),
    updated_at = now()
  FROM existing e
  WHERE l.id = e.id
  RETURNING l.id, l.phone, l.consent_sms, l.opted_out
),
inserted AS (
  INSERT INTO leads (name, email, phone, zip, interests, event_ids, consent_sms, consent_text, consent_at, consent_ip, opted_out)
  SELECT $1::text, $2::text, $3::text, $4::text, $5::text[],
         CASE WHEN $6::uuid IS NULL THEN '{}'::uuid[] ELSE ARRAY[$6::uuid] END,
         $7::boolean,
         CASE WHEN $7::boolean THEN $8::text END,
         CASE WHEN $7::boolean THEN now() END,
         CASE WHEN $7::boolean THEN $9::text END,
         $3::text IS NOT NULL AND EXISTS (SELECT 1 FROM sms_opt_outs WHERE phone = $3::text)
  WHERE NOT EXISTS (SELECT 1 FROM prior) AND NOT EXISTS (SELECT 1 FROM existing)
  ON CONFLICT DO NOTHING
  RETURNING id, phone, consent_sms, opted_out
),
lead AS (
  SELECT * FROM updated UNION ALL SELECT * FROM inserted
),
sms AS (
  INSERT INTO sms_messages (lead_id, direction, kind, to_phone, body, status)
  SELECT id, 'OUTBOUND', 'CONFIRMATION', phone, $10::text, 'PENDING' FROM lead
  WHERE $7::boolean AND consent_sms AND phone IS NOT NULL AND NOT opted_out
  ON CONFLICT DO NOTHING
  RETURNING id
),
receipt AS (
  INSERT INTO lead_signup_receipts (key, receipt_id)
  SELECT $11::text, $12::uuid FROM lead WHERE $11::text IS NOT NULL
  ON CONFLICT DO NOTHING
  RETURNING receipt_id
)
SELECT receipt_id, created_at AS received_at, true AS replayed FROM prior
UNION ALL
SELECT $12::uuid, now()::timestamptz(3), $11::text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM receipt) FROM lead`;

const RECEIPT_SQL = `SELECT receipt_id, created_at AS received_at FROM lead_signup_receipts WHERE key = $1`;

const UNIQUE_VIOLATION = '23505';
const ATTEMPTS = 4;

interface Row {
  receipt_id: string;
  received_at: Date;
  /** The key was already used by a concurrent request that committed first. */
  replayed: boolean;
}

/** The public signup: validate, then one statement that is safe under any concurrency. */
export class SignUpLead {
  constructor(
    private readonly pool: Pool,
    private readonly config: Config,
    private readonly interests: LeadInterestsService,
    private readonly rateLimiter: RateLimiter,
    private readonly log: Logger,
  ) {}

  /** Per-IP limit. A Redis outage must not stop signups (they need only Postgres), so it fails open. */
  private async limit(ip: string | null): Promise<void> {
    try {
      await this.rateLimiter.consume('signup', ip ?? 'unknown', this.config.rateLimits.signup);
    } catch (err) {
      if (err instanceof GraphQLError) throw err;
      this.log.warn({ err: (err as Error).message }, 'Signup rate limit unavailable (Redis); letting the signup through');
    }
  }

  async run(input: LeadSignupInput, ip: string | null): Promise<SignupReceipt> {
    await this.limit(ip);
    // A bot filled the hidden field: it gets an answer that looks like any other, and nothing is kept.
    if (input.website) return { id: crypto.randomUUID(), receivedAt: new Date() };

    const name = normalizeName(input.name);
    if (!name) throw badInput('name', 'name must be 1 to 100 characters long.');
    const email = input.email?.trim() ? normalizeLeadEmail(input.email) : null;
    if (input.email?.trim() && !email) throw badInput('email', 'email must be a valid email address, like name@example.com.');
    const phone = input.phone?.trim() ? normalizePhone(input.phone, this.config.leadsDefaultCountry) : null;
    if (input.phone?.trim() && !phone) {
      throw badInput('phone', `phone must be a valid phone number; start with + and the country code for numbers outside ${this.config.leadsDefaultCountry}.`);
    }
    if (!email && !phone) throw badInput('email', 'Give an email address or a phone number.');
    if (input.consentSms && !phone) throw badInput('phone', 'phone is needed to receive texts.');
    const zip = input.zip?.trim() ? normalizeZip(input.zip) : null;
    if (input.zip?.trim() && !zip) throw badInput('zip', 'zip must be 2 to 10 letters, digits, spaces or dashes.');
    const interests = [...new Set(input.interests ?? [])];
    if (interests.length && !(await this.interests.areActiveKeys(interests))) {
      throw badInput('interests', 'interests must be keys from signupForm.interests.');
    }

    const values = [
      name,
      email,
      phone,
      zip,
      interests,
      input.eventId ?? null,
      input.consentSms,
      this.config.leadsConsentText,
      ip,
      renderTemplate(this.config.smsConfirmationText, { name, zip }),
      input.idempotencyKey ?? null,
      crypto.randomUUID(),
    ];
    for (let attempt = 1; ; attempt++) {
      try {
        // Named: each pooled connection parses and plans this statement once.
        const { rows } = await this.pool.query<Row>({ name: 'lead_signup', text: SIGNUP_SQL, values });
        const row = rows[0];
        if (row && !row.replayed) return { id: row.receipt_id, receivedAt: row.received_at };
        if (row?.replayed) return this.firstAnswer(input.idempotencyKey!);
        // No row: an identical signup committed while this one ran; try again and find its lead.
      } catch (err) {
        if ((err as { code?: string }).code !== UNIQUE_VIOLATION || attempt >= ATTEMPTS) throw err;
      }
      if (attempt >= ATTEMPTS) {
        this.log.error('A signup kept colliding with concurrent signups');
        throw new Error('Signup could not be stored after several attempts');
      }
    }
  }

  private async firstAnswer(key: string): Promise<SignupReceipt> {
    const { rows } = await this.pool.query<Omit<Row, 'replayed'>>(RECEIPT_SQL, [key]);
    return { id: rows[0].receipt_id, receivedAt: rows[0].received_at };
  }
}
