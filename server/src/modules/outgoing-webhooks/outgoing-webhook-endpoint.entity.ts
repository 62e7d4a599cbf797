import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { WebhookEventType } from './webhook-event-type';

@ObjectType({ description: "An integrator's URL that Matchday POSTs signed events to (admin)." })
@Entity('outgoing_webhook_endpoints')
export class OutgoingWebhookEndpoint {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Where events are POSTed (http or https).' })
  @Column({ type: 'text' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What the admin noted about it, e.g. "CRM sync".' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => [WebhookEventType], { description: 'The events it receives.' })
  @Column({ type: 'text', array: true })
  eventTypes: WebhookEventType[];

  /** The signing secret; shown once, when the endpoint is created. */
  @Column({ type: 'text' })
  secret: string;

  @Field({ description: 'A disabled endpoint receives nothing new (deliveries already made stay in its log).' })
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
