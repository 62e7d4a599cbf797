import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Orders (with their items and refunds) and the tickets they issue. */
export class OrdersAndTickets1763700300100 implements MigrationInterface {
  name = 'OrdersAndTickets1763700300100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE order_status AS ENUM ('PENDING', 'PAID', 'EXPIRED', 'CANCELLED', 'REFUNDED')`);
    await q.query(`CREATE TYPE payment_provider AS ENUM ('STRIPE', 'TEST', 'FREE')`);
    await q.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id),
        buyer_id uuid NOT NULL REFERENCES users (id),
        status order_status NOT NULL DEFAULT 'PENDING',
        payment_provider payment_provider NOT NULL,
        currency text NOT NULL,
        subtotal_cents int NOT NULL CHECK (subtotal_cents >= 0),
        discount_cents int NOT NULL DEFAULT 0 CHECK (discount_cents >= 0),
        total_cents int NOT NULL CHECK (total_cents >= 0),
        paid_cents int,
        refunded_cents int NOT NULL DEFAULT 0,
        promo_code_id uuid REFERENCES promo_codes (id),
        idempotency_key text,
        request_fingerprint text,
        hold_expires_at timestamptz(3),
        stripe_checkout_session_id text UNIQUE,
        stripe_payment_intent_id text UNIQUE,
        payment_url text,
        paid_at timestamptz,
        closed_at timestamptz,
        refunded_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT orders_idempotency UNIQUE (buyer_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX orders_created_at_id ON orders (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX orders_buyer ON orders (buyer_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX orders_event ON orders (event_id, status)`);
    // The sweep's work list: holds past their expiry.
    await q.query(`CREATE INDEX orders_pending_holds ON orders (hold_expires_at) WHERE status = 'PENDING'`);

    await q.query(`
      CREATE TABLE order_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        ticket_type_id uuid NOT NULL REFERENCES ticket_types (id),
        quantity int NOT NULL CHECK (quantity > 0),
        unit_price_cents int NOT NULL CHECK (unit_price_cents >= 0),
        unit_discount_cents int NOT NULL DEFAULT 0 CHECK (unit_discount_cents >= 0 AND unit_discount_cents <= unit_price_cents),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX order_items_order_id ON order_items (order_id)`);

    await q.query(`CREATE TYPE refund_status AS ENUM ('PENDING', 'SUCCEEDED')`);
    await q.query(`CREATE TYPE refund_reason AS ENUM ('REQUESTED_BY_ADMIN', 'SOLD_OUT_AFTER_EXPIRY', 'EVENT_CANCELLED', 'EXTERNAL')`);
    await q.query(`
      CREATE TABLE refunds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        amount_cents int NOT NULL CHECK (amount_cents >= 0),
        reason refund_reason NOT NULL,
        status refund_status NOT NULL DEFAULT 'PENDING',
        provider_refund_id text,
        requested_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        settled_at timestamptz
      )`);
    await q.query(`CREATE INDEX refunds_order_id ON refunds (order_id)`);
    await q.query(`CREATE INDEX refunds_pending ON refunds (updated_at) WHERE status = 'PENDING'`);

    await q.query(`CREATE TYPE ticket_status AS ENUM ('VALID', 'CHECKED_IN', 'VOID')`);
    await q.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        order_id uuid NOT NULL REFERENCES orders (id),
        event_id uuid NOT NULL REFERENCES events (id),
        ticket_type_id uuid NOT NULL REFERENCES ticket_types (id),
        owner_id uuid NOT NULL REFERENCES users (id),
        holder_name text NOT NULL,
        price_cents int NOT NULL CHECK (price_cents >= 0),
        status ticket_status NOT NULL DEFAULT 'VALID',
        checked_in_at timestamptz,
        checked_in_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        voided_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX tickets_owner ON tickets (owner_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX tickets_event ON tickets (event_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX tickets_event_status ON tickets (event_id, status)`);
    await q.query(`CREATE INDEX tickets_order_id ON tickets (order_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tickets`);
    await q.query(`DROP TYPE ticket_status`);
    await q.query(`DROP TABLE refunds`);
    await q.query(`DROP TYPE refund_reason`);
    await q.query(`DROP TYPE refund_status`);
    await q.query(`DROP TABLE order_items`);
    await q.query(`DROP TABLE orders`);
    await q.query(`DROP TYPE payment_provider`);
    await q.query(`DROP TYPE order_status`);
  }
}
