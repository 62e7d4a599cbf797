import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One verified webhook from a provider (Stripe, Twilio, …), kept by the provider's event id. */
@Entity('webhook_events')
export class WebhookEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. 'stripe'. */
  @Column({ type: 'text' })
  provider: string;

  /** The provider's own id (Stripe evt_…): unique per provider, which is what makes replays harmless. */
  @Column({ type: 'text' })
  eventId: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  receivedAt: Date;

  /** Set once a handler ran to completion; a replay of a processed event is only acknowledged. */
  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
