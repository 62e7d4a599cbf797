import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum SmsDirection {
  OUTBOUND = 'OUTBOUND',
  INBOUND = 'INBOUND',
}
registerEnumType(SmsDirection, { name: 'SmsDirection' });

export enum SmsKind {
  CONFIRMATION = 'CONFIRMATION',
  CAMPAIGN = 'CAMPAIGN',
  REPLY = 'REPLY',
  AUTO_REPLY = 'AUTO_REPLY',
  INBOUND = 'INBOUND',
}
registerEnumType(SmsKind, {
  name: 'SmsKind',
  description: 'CONFIRMATION after a signup, CAMPAIGN, REPLY by an admin, AUTO_REPLY (the HELP text), INBOUND from a fan.',
});

export enum SmsStatus {
  PENDING = 'PENDING',
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  UNDELIVERED = 'UNDELIVERED',
  FAILED = 'FAILED',
  CAPTURED = 'CAPTURED',
  SKIPPED = 'SKIPPED',
  RECEIVED = 'RECEIVED',
}
registerEnumType(SmsStatus, {
  name: 'SmsStatus',
  description:
    'PENDING in the outbox, QUEUED for the sender, SENDING, SENT (accepted by Twilio), DELIVERED or UNDELIVERED (Twilio callbacks), ' +
    'FAILED (see error), CAPTURED (kept in the outbox because Twilio is not configured), SKIPPED (the number opted out), RECEIVED (inbound).',
});

/** One text, either way. Outbound rows are the outbox: written PENDING in the transaction that wants them sent. */
@ObjectType({ description: 'One text message, sent or received. Admins only.' })
@Entity('sms_messages')
export class SmsMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  leadId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  @Field(() => SmsDirection)
  @Column({ type: 'enum', enum: SmsDirection, enumName: 'sms_direction' })
  direction: SmsDirection;

  @Field(() => SmsKind)
  @Column({ type: 'enum', enum: SmsKind, enumName: 'sms_kind' })
  kind: SmsKind;

  @Field({ description: 'E.164.' })
  @Column({ type: 'text' })
  toPhone: string;

  @Field(() => String, { nullable: true, description: 'E.164 or a Twilio messaging service; null until sent.' })
  @Column({ type: 'text', nullable: true })
  fromPhone: string | null;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field(() => SmsStatus)
  @Column({ type: 'enum', enum: SmsStatus, enumName: 'sms_status' })
  status: SmsStatus;

  @Field(() => String, { nullable: true, description: "Twilio's message SID." })
  @Column({ type: 'text', nullable: true, unique: true })
  providerSid: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed or was skipped.' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => ID, { nullable: true, description: 'The admin who wrote a REPLY.' })
  @Column({ type: 'uuid', nullable: true })
  sentBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
