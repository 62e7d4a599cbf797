import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first answer to a mutation sent with an idempotencyKey, per caller, replayed to retries of it. */
export class IdempotencyKeys1796237531272 implements MigrationInterface {
  name = 'IdempotencyKeys1796237531272';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        operation text NOT NULL,
        caller_id uuid NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        result_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (operation, caller_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
