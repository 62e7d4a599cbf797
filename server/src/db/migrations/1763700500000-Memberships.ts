import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Paid memberships: plans and their prices, one row per subscription (its current state), and two
 * append-only ledgers every figure is computed from: membership_events (each change of a
 * membership, with its MRR change) and membership_payments (money collected). A trigger refuses
 * UPDATE, DELETE and TRUNCATE on the ledgers, so no code path can rewrite history.
 */
export class Memberships1763700500000 implements MigrationInterface {
  name = 'Memberships1763700500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE billing_interval AS ENUM ('MONTH', 'YEAR')`);
    await q.query(`CREATE TYPE membership_status AS ENUM ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'PAUSED', 'CANCELED')`);
    await q.query(`CREATE TYPE membership_provider AS ENUM ('STRIPE', 'TEST')`);
    await q.query(`CREATE TYPE membership_checkout_status AS ENUM ('OPEN', 'COMPLETED', 'ABANDONED')`);
    await q.query(`
      CREATE TYPE membership_change_reason AS ENUM (
        'PAYMENT_PENDING', 'NEW', 'REACTIVATED', 'TRIAL_CONVERTED', 'PAYMENT_FAILED', 'PAYMENT_RECOVERED',
        'PAUSED', 'RESUMED', 'PLAN_CHANGED', 'CANCEL_SCHEDULED', 'CANCEL_REVERTED', 'RENEWED', 'CANCELED', 'NOT_COMPLETED', 'STATUS_CHANGED'
      )`);

    await q.query(`
      CREATE TABLE membership_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        perks text NOT NULL DEFAULT '',
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        monthly_price_cents int CHECK (monthly_price_cents > 0),
        yearly_price_cents int CHECK (yearly_price_cents > 0),
        trial_days int NOT NULL DEFAULT 0 CHECK (trial_days BETWEEN 0 AND 365),
        archived_at timestamptz(3),
        stripe_product_id text UNIQUE,
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT membership_plans_has_a_price CHECK (monthly_price_cents IS NOT NULL OR yearly_price_cents IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX membership_plans_created_at_id ON membership_plans (created_at DESC, id DESC)`);

    // Every price a plan ever had: Stripe prices cannot change, and members keep the price they joined at.
    await q.query(`
      CREATE TABLE membership_plan_prices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES membership_plans (id) ON DELETE CASCADE,
        interval billing_interval NOT NULL,
        amount_cents int NOT NULL CHECK (amount_cents > 0),
        currency text NOT NULL,
        stripe_price_id text UNIQUE,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX membership_plan_prices_current ON membership_plan_prices (plan_id, interval) WHERE active`);
    await q.query(`CREATE INDEX membership_plan_prices_plan ON membership_plan_prices (plan_id, created_at)`);

    await q.query(`
      CREATE TABLE billing_customers (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        stripe_customer_id text NOT NULL UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        plan_id uuid NOT NULL REFERENCES membership_plans (id),
        interval billing_interval NOT NULL,
        amount_cents int NOT NULL CHECK (amount_cents >= 0),
        currency text NOT NULL,
        status membership_status NOT NULL,
        provider membership_provider NOT NULL,
        subscription_id text NOT NULL UNIQUE,
        stripe_customer_id text,
        current_period_start timestamptz(3),
        current_period_end timestamptz(3),
        cancel_at_period_end boolean NOT NULL DEFAULT false,
        trial_ends_at timestamptz(3),
        canceled_at timestamptz(3),
        ended_at timestamptz(3),
        started_at timestamptz(3),
        observed_at timestamptz(3) NOT NULL,
        trial_reminder_sent_for timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX memberships_user ON memberships (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX memberships_created_at_id ON memberships (created_at DESC, id DESC)`);
    // The TEST MODE billing clock's work list: live test memberships by the end of their period.
    await q.query(`CREATE INDEX memberships_test_period_end ON memberships (current_period_end) WHERE provider = 'TEST' AND status IN ('TRIALING', 'ACTIVE', 'PAST_DUE')`);

    await q.query(`
      CREATE TABLE membership_checkouts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES membership_plans (id),
        price_id uuid NOT NULL REFERENCES membership_plan_prices (id),
        interval billing_interval NOT NULL,
        amount_cents int NOT NULL,
        currency text NOT NULL,
        trial_days int NOT NULL DEFAULT 0,
        provider membership_provider NOT NULL,
        status membership_checkout_status NOT NULL DEFAULT 'OPEN',
        stripe_checkout_session_id text UNIQUE,
        payment_url text,
        membership_id uuid REFERENCES memberships (id),
        expires_at timestamptz(3) NOT NULL,
        completed_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX membership_checkouts_user ON membership_checkouts (user_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE membership_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        membership_id uuid NOT NULL REFERENCES memberships (id),
        user_id uuid NOT NULL REFERENCES users (id),
        plan_id uuid NOT NULL REFERENCES membership_plans (id),
        interval billing_interval NOT NULL,
        amount_cents int NOT NULL,
        currency text NOT NULL,
        status membership_status NOT NULL,
        previous_status membership_status,
        cancel_at_period_end boolean NOT NULL,
        mrr_cents int NOT NULL,
        mrr_delta_cents int NOT NULL,
        reason membership_change_reason NOT NULL,
        source text NOT NULL,
        occurred_at timestamptz(3) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX membership_events_occurred_at ON membership_events (occurred_at)`);
    await q.query(`CREATE INDEX membership_events_membership ON membership_events (membership_id, occurred_at DESC, seq DESC)`);
    await q.query(`CREATE INDEX membership_events_created_at_id ON membership_events (created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE membership_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id text NOT NULL UNIQUE,
        subscription_id text NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id),
        plan_id uuid REFERENCES membership_plans (id),
        amount_cents int NOT NULL CHECK (amount_cents > 0),
        currency text NOT NULL,
        provider membership_provider NOT NULL,
        paid_at timestamptz(3) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX membership_payments_paid_at ON membership_payments (paid_at)`);
    await q.query(`CREATE INDEX membership_payments_subscription ON membership_payments (subscription_id, paid_at DESC)`);

    await q.query(`
      CREATE FUNCTION refuse_ledger_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: rows cannot be changed or removed', TG_TABLE_NAME;
      END $$`);
    for (const table of ['membership_events', 'membership_payments']) {
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_ledger_rewrite()`);
      await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_rewrite()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE membership_payments`);
    await q.query(`DROP TABLE membership_events`);
    await q.query(`DROP FUNCTION refuse_ledger_rewrite()`);
    await q.query(`DROP TABLE membership_checkouts`);
    await q.query(`DROP TABLE memberships`);
    await q.query(`DROP TABLE billing_customers`);
    await q.query(`DROP TABLE membership_plan_prices`);
    await q.query(`DROP TABLE membership_plans`);
    await q.query(`DROP TYPE membership_change_reason`);
    await q.query(`DROP TYPE membership_checkout_status`);
    await q.query(`DROP TYPE membership_provider`);
    await q.query(`DROP TYPE membership_status`);
    await q.query(`DROP TYPE billing_interval`);
  }
}
