import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { WebhookEventType } from './webhook-event-type';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  QUEUED = 'QUEUED',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING (waiting for its next attempt), QUEUED (being sent), SUCCEEDED (the endpoint answered 2xx) or FAILED (retried for the whole retry window).',
});

/** One event for one endpoint: the outbox row, and its delivery log line. */
@ObjectType({ description: 'One event sent (or to be sent) to one endpoint, with the outcome of its latest attempt.' })
@Entity('outgoing_webhook_deliveries')
export class OutgoingWebhookDelivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  endpointId: string;

  @Field(() => ID, { description: 'The event (the Matchday-Webhook-Id header); a redelivery keeps it, so receivers can drop repeats.' })
  @Column({ type: 'uuid' })
  eventId: string;

  @Field(() => WebhookEventType)
  @Column({ type: 'text' })
  eventType: WebhookEventType;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Field({ description: 'When the change happened.' })
  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Field(() => WebhookDeliveryStatus)
  @Column({ type: 'text' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  @Column({ type: 'int' })
  attempts: number;

  @Field({ description: 'When the next attempt is due (while PENDING).' })
  @Column({ type: 'timestamptz', precision: 3 })
  nextAttemptAt: Date;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the latest attempt's answer; null when none came (refused, timed out)." })
  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  @Field(() => String, { nullable: true, description: 'Why the latest attempt failed.' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
