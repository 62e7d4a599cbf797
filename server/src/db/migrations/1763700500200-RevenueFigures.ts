import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ticket revenue per month (businessMetrics) reads paid orders by when they were paid. */
export class RevenueFigures1763700500200 implements MigrationInterface {
  name = 'RevenueFigures1763700500200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX orders_revenue ON orders ((coalesce(paid_at, refunded_at))) WHERE paid_cents > 0`);
    await q.query(`CREATE INDEX refunds_created_at ON refunds (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX refunds_created_at`);
    await q.query(`DROP INDEX orders_revenue`);
  }
}
