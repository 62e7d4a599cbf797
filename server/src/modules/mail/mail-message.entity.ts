import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum MailStatus {
  /** Written in the sender's transaction; the relay has not handed it to the queue yet. */
  PENDING = 'PENDING',
  /** Handed to the mail queue; waiting for (or between) delivery attempts. */
  QUEUED = 'QUEUED',
  /** Accepted by the SMTP server. */
  SENT = 'SENT',
  /** Kept in the outbox because no SMTP server is configured. */
  CAPTURED = 'CAPTURED',
  /** Every delivery attempt failed, or the SMTP server refused it for good. */
  FAILED = 'FAILED',
}
registerEnumType(MailStatus, {
  name: 'MailStatus',
  description: 'Where a message is on its way out. CAPTURED: kept in the outbox because no SMTP server is configured.',
});

/** One outgoing email: the transactional outbox row and, without SMTP, the outbox admins read. */
@ObjectType()
@Entity('mail_messages')
export class MailMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // "to" is a reserved word in SQL; the column is called recipient.
  @Field({ description: 'The recipient address.' })
  @Column({ type: 'text', name: 'recipient' })
  to: string;

  @Field()
  @Column({ type: 'text' })
  subject: string;

  @Field({ description: 'The plain-text body.' })
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  html: string | null;

  @Field({ description: 'What the message is for, e.g. password_reset or tickets.' })
  @Column({ type: 'text' })
  kind: string;

  @Field(() => MailStatus)
  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status', default: MailStatus.PENDING })
  status: MailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last delivery attempt failed.' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** When the relay last handed it to the queue; a message QUEUED for too long is handed over again. */
  @Column({ type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the SMTP server accepted it (or the outbox kept it).' })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
