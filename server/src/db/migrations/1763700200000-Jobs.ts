import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1763700200000 implements MigrationInterface {
  name = 'Jobs1763700200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE job_state AS ENUM ('QUEUED', 'ACTIVE', 'COMPLETED', 'FAILED', 'CANCELLED')`);
    await q.query(`
      CREATE TABLE jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        state job_state NOT NULL DEFAULT 'QUEUED',
        progress double precision NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        processed int NOT NULL DEFAULT 0,
        total int,
        message text,
        result_path text,
        error text,
        payload jsonb NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        queue text NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        cancel_requested boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        started_at timestamptz(3),
        finished_at timestamptz(3)
      )`);
    await q.query(`CREATE INDEX jobs_created_at_id ON jobs (created_at DESC, id DESC)`);
    // A non-admin's list: their own jobs, newest first.
    await q.query(`CREATE INDEX jobs_created_by ON jobs (created_by, created_at DESC, id DESC)`);
    // The dispatcher's sweep over jobs still waiting.
    await q.query(`CREATE INDEX jobs_queued ON jobs (queue, created_at) WHERE state = 'QUEUED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE jobs`);
    await q.query(`DROP TYPE job_state`);
  }
}
