import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1763700100000 implements MigrationInterface {
  name = 'MailOutbox1763700100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE mail_status AS ENUM ('PENDING', 'QUEUED', 'SENT', 'CAPTURED', 'FAILED')`);
    await q.query(`
      CREATE TABLE mail_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        subject text NOT NULL,
        text text NOT NULL,
        html text,
        kind text NOT NULL,
        status mail_status NOT NULL DEFAULT 'PENDING',
        attempts int NOT NULL DEFAULT 0,
        error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        queued_at timestamptz,
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX mail_messages_created_at_id ON mail_messages (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX mail_messages_recipient ON mail_messages (lower(recipient), created_at DESC, id DESC)`);
    // The relay polls every second: only the few rows still on their way are indexed.
    await q.query(`CREATE INDEX mail_messages_in_flight ON mail_messages (status, created_at) WHERE status IN ('PENDING', 'QUEUED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_messages`);
    await q.query(`DROP TYPE mail_status`);
  }
}
