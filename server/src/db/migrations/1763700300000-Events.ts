import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events, their ticket types and promo codes. Seat counters (held/sold) live on the rows they
 * limit, so a reservation is a conditional UPDATE that can never take more than what is left.
 */
export class Events1763700300000 implements MigrationInterface {
  name = 'Events1763700300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE event_visibility AS ENUM ('PUBLIC', 'PRIVATE')`);
    await q.query(`CREATE TYPE event_status AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED')`);
    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        venue text NOT NULL,
        address text,
        starts_at timestamptz(3) NOT NULL,
        ends_at timestamptz(3) NOT NULL,
        time_zone text NOT NULL,
        cover_image_url text,
        capacity int NOT NULL CHECK (capacity > 0),
        seats_held int NOT NULL DEFAULT 0,
        seats_sold int NOT NULL DEFAULT 0,
        visibility event_visibility NOT NULL DEFAULT 'PUBLIC',
        status event_status NOT NULL DEFAULT 'DRAFT',
        access_key text NOT NULL UNIQUE,
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        published_at timestamptz,
        cancelled_at timestamptz,
        CONSTRAINT events_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT events_seats_within_capacity CHECK (seats_held >= 0 AND seats_sold >= 0 AND seats_held + seats_sold <= capacity)
      )`);
    await q.query(`CREATE INDEX events_created_at_id ON events (created_at DESC, id DESC)`);
    // The public listing: published public events by start time.
    await q.query(`CREATE INDEX events_listed ON events (starts_at, id) WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC'`);
    await q.query(`CREATE INDEX events_search ON events USING gin ((title || ' ' || venue || ' ' || coalesce(address, '')) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE ticket_types (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        name text NOT NULL,
        description text,
        price_cents int NOT NULL CHECK (price_cents >= 0),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        quantity int NOT NULL CHECK (quantity >= 0),
        held int NOT NULL DEFAULT 0,
        sold int NOT NULL DEFAULT 0,
        max_per_order int NOT NULL DEFAULT 10 CHECK (max_per_order > 0),
        sales_start_at timestamptz,
        sales_end_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT ticket_types_within_quantity CHECK (held >= 0 AND sold >= 0 AND held + sold <= quantity),
        CONSTRAINT ticket_types_sales_window CHECK (sales_end_at IS NULL OR sales_start_at IS NULL OR sales_end_at > sales_start_at)
      )`);
    await q.query(`CREATE INDEX ticket_types_event_id ON ticket_types (event_id, created_at, id)`);

    await q.query(`CREATE TYPE promo_discount_type AS ENUM ('PERCENTAGE', 'FIXED')`);
    await q.query(`
      CREATE TABLE promo_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        code text NOT NULL,
        discount_type promo_discount_type NOT NULL,
        amount int NOT NULL CHECK (amount > 0),
        usage_limit int CHECK (usage_limit > 0),
        used_count int NOT NULL DEFAULT 0 CHECK (used_count >= 0),
        valid_from timestamptz,
        valid_until timestamptz,
        ticket_type_ids uuid[],
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT promo_codes_percentage CHECK (discount_type <> 'PERCENTAGE' OR amount <= 100)
      )`);
    await q.query(`CREATE UNIQUE INDEX promo_codes_event_code ON promo_codes (event_id, upper(code))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE promo_codes`);
    await q.query(`DROP TYPE promo_discount_type`);
    await q.query(`DROP TABLE ticket_types`);
    await q.query(`DROP TABLE events`);
    await q.query(`DROP TYPE event_status`);
    await q.query(`DROP TYPE event_visibility`);
  }
}
