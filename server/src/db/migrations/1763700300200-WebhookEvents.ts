import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every verified provider webhook, stored by the provider's event id before anything acts on it. */
export class WebhookEvents1763700300200 implements MigrationInterface {
  name = 'WebhookEvents1763700300200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider text NOT NULL,
        event_id text NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        received_at timestamptz(3) NOT NULL DEFAULT now(),
        processed_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        CONSTRAINT webhook_events_provider_event UNIQUE (provider, event_id)
      )`);
    await q.query(`CREATE INDEX webhook_events_received_at ON webhook_events (received_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_events`);
  }
}
