import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The settings of an event's queued on-sale (the queue itself is in Redis). */
export class OnSales1796237566644 implements MigrationInterface {
  name = 'OnSales1796237566644';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE on_sales (
        event_id uuid PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        starts_at timestamptz(3) NOT NULL,
        admissions_per_minute int NOT NULL CHECK (admissions_per_minute > 0),
        pass_seconds int NOT NULL CHECK (pass_seconds > 0),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE on_sales`);
  }
}
