import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UsersAndAudit1763700000000 implements MigrationInterface {
  name = 'UsersAndAudit1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE TYPE user_role AS ENUM ('FAN', 'VOLUNTEER', 'ADMIN')`);
    await q.query(`CREATE TYPE user_status AS ENUM ('ACTIVE', 'DISABLED', 'BANNED')`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE,
        name text NOT NULL,
        role user_role NOT NULL DEFAULT 'FAN',
        status user_status NOT NULL DEFAULT 'ACTIVE',
        password_hash text NOT NULL,
        failed_sign_ins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz
      )`);
    await q.query(`CREATE INDEX users_created_at_id ON users (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX users_search ON users USING gin ((email || ' ' || name) gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE audit_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action text NOT NULL,
        actor_id uuid,
        target_type text,
        target_id text,
        ip text,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_entries_created_at_id ON audit_entries (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_entries_action ON audit_entries (action)`);
    await q.query(`CREATE INDEX audit_entries_actor_id ON audit_entries (actor_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entries`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TYPE user_status`);
    await q.query(`DROP TYPE user_role`);
  }
}
