import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadsAndSms1763700400000 implements MigrationInterface {
  name = 'LeadsAndSms1763700400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE lead_interests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        label text NOT NULL,
        position int NOT NULL DEFAULT 0,
        archived_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await q.query(`CREATE TYPE lead_source AS ENUM ('SIGNUP', 'IMPORT')`);
    // Every index here is paid on each signup (the hot path): keep the list short.
    await q.query(`
      CREATE TABLE leads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text,
        email text,
        phone text,
        zip text,
        interests text[] NOT NULL DEFAULT '{}',
        event_ids uuid[] NOT NULL DEFAULT '{}',
        source lead_source NOT NULL DEFAULT 'SIGNUP',
        consent_sms boolean NOT NULL DEFAULT false,
        consent_text text,
        consent_at timestamptz,
        consent_ip text,
        opted_out boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT leads_email_or_phone CHECK (email IS NOT NULL OR phone IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX leads_email ON leads (email)`);
    await q.query(`CREATE UNIQUE INDEX leads_phone ON leads (phone)`);
    await q.query(`CREATE INDEX leads_created_at_id ON leads (created_at DESC, id DESC)`);

    // The first answer to a signup sent with an idempotencyKey, replayed to retries of it.
    await q.query(`
      CREATE TABLE lead_signup_receipts (
        key text PRIMARY KEY,
        receipt_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lead_signup_receipts_created_at ON lead_signup_receipts (created_at)`);

    await q.query(`
      CREATE TABLE lead_uploads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        path text NOT NULL,
        filename text NOT NULL,
        size_bytes bigint NOT NULL,
        uploaded_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    // A number that texted STOP is never texted again until it texts START, whoever's lead it is.
    await q.query(`
      CREATE TABLE sms_opt_outs (
        phone text PRIMARY KEY,
        keyword text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE sms_campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        body text NOT NULL,
        filter jsonb NOT NULL DEFAULT '{}',
        rate_per_second int NOT NULL,
        job_id uuid,
        created_by uuid,
        recipients_written_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sms_campaigns_created_at_id ON sms_campaigns (created_at DESC, id DESC)`);

    await q.query(`CREATE TYPE sms_direction AS ENUM ('OUTBOUND', 'INBOUND')`);
    await q.query(`CREATE TYPE sms_kind AS ENUM ('CONFIRMATION', 'CAMPAIGN', 'REPLY', 'AUTO_REPLY', 'INBOUND')`);
    await q.query(`
      CREATE TYPE sms_status AS ENUM
        ('PENDING', 'QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED', 'CAPTURED', 'SKIPPED', 'RECEIVED')`);
    await q.query(`
      CREATE TABLE sms_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lead_id uuid REFERENCES leads (id) ON DELETE SET NULL,
        campaign_id uuid REFERENCES sms_campaigns (id) ON DELETE CASCADE,
        direction sms_direction NOT NULL,
        kind sms_kind NOT NULL,
        to_phone text NOT NULL,
        from_phone text,
        body text NOT NULL,
        status sms_status NOT NULL,
        provider_sid text UNIQUE,
        error text,
        sent_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        queued_at timestamptz,
        sent_at timestamptz,
        delivered_at timestamptz
      )`);
    // No lead ever gets its confirmation twice, and no campaign texts a lead twice.
    await q.query(`CREATE UNIQUE INDEX sms_messages_one_confirmation ON sms_messages (lead_id) WHERE kind = 'CONFIRMATION'`);
    await q.query(`CREATE UNIQUE INDEX sms_messages_campaign_recipient ON sms_messages (campaign_id, lead_id) WHERE campaign_id IS NOT NULL`);
    // The outbox relay's and the sweeper's work lists stay tiny however large the table grows.
    await q.query(`CREATE INDEX sms_messages_outbox ON sms_messages (created_at) WHERE status = 'PENDING' AND campaign_id IS NULL`);
    await q.query(`CREATE INDEX sms_messages_in_flight ON sms_messages (updated_at) WHERE status IN ('QUEUED', 'SENDING') AND campaign_id IS NULL`);
    await q.query(`CREATE INDEX sms_messages_lead ON sms_messages (lead_id, created_at DESC)`);
    await q.query(`CREATE INDEX sms_messages_created_at_id ON sms_messages (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX sms_messages_campaign_status ON sms_messages (campaign_id, status) WHERE campaign_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sms_messages`);
    await q.query(`DROP TYPE sms_status`);
    await q.query(`DROP TYPE sms_kind`);
    await q.query(`DROP TYPE sms_direction`);
    await q.query(`DROP TABLE sms_campaigns`);
    await q.query(`DROP TABLE sms_opt_outs`);
    await q.query(`DROP TABLE lead_uploads`);
    await q.query(`DROP TABLE lead_signup_receipts`);
    await q.query(`DROP TABLE leads`);
    await q.query(`DROP TYPE lead_source`);
    await q.query(`DROP TABLE lead_interests`);
  }
}
