import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum TicketStatus {
  VALID = 'VALID',
  CHECKED_IN = 'CHECKED_IN',
  VOID = 'VOID',
}
registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'VALID: gets in once. CHECKED_IN: already used at the door. VOID: refunded or the event was cancelled.',
});

@ObjectType({ description: 'One admission. Its QR code encodes only `code`.' })
@Entity('tickets')
export class Ticket {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The unguessable code (16 characters, Crockford base32) the door scans or types.' })
  @Column({ type: 'text', unique: true })
  code: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  orderId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  eventId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  ticketTypeId: string;

  /** The fan who owns it (the buyer). */
  @Column({ type: 'uuid' })
  ownerId: string;

  @Field({ description: 'Name shown at the door.' })
  @Column({ type: 'text' })
  holderName: string;

  @Field(() => Int, { description: 'What was paid for this ticket after discounts, minor units.' })
  @Column({ type: 'int' })
  priceCents: number;

  @Field(() => TicketStatus)
  @Column({ type: 'enum', enum: TicketStatus, enumName: 'ticket_status', default: TicketStatus.VALID })
  status: TicketStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  checkedInById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
