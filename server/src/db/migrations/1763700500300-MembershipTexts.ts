import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Texts about a fan's own account (a failed membership payment), sent only with their SMS consent. */
export class MembershipTexts1763700500300 implements MigrationInterface {
  name = 'MembershipTexts1763700500300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE sms_kind ADD VALUE IF NOT EXISTS 'NOTICE'`);
  }

  async down(): Promise<void> {
    // Postgres cannot drop an enum value; an unused NOTICE is harmless.
  }
}
