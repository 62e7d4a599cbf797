import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Member perks at checkout: an event may open sales to members before its ticket types' general
 * sale (member presale), a ticket type may give members a percentage off, and an order keeps the
 * part of its discount that came from the member price.
 */
export class MemberPerks1763700500100 implements MigrationInterface {
  name = 'MemberPerks1763700500100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE events ADD COLUMN member_presale_starts_at timestamptz(3)`);
    await q.query(`
      ALTER TABLE ticket_types ADD COLUMN member_discount_percent int NOT NULL DEFAULT 0
        CONSTRAINT ticket_types_member_discount CHECK (member_discount_percent BETWEEN 0 AND 100)`);
    await q.query(`ALTER TABLE orders ADD COLUMN member_discount_cents int NOT NULL DEFAULT 0 CONSTRAINT orders_member_discount CHECK (member_discount_cents >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE orders DROP COLUMN member_discount_cents`);
    await q.query(`ALTER TABLE ticket_types DROP COLUMN member_discount_percent`);
    await q.query(`ALTER TABLE events DROP COLUMN member_presale_starts_at`);
  }
}
