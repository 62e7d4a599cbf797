import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../users/user.entity';

export enum EventVisibility {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}
registerEnumType(EventVisibility, {
  name: 'EventVisibility',
  description: 'PUBLIC events are listed and searchable once published; PRIVATE events never are and open only with their accessKey.',
});

export enum EventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'DRAFT: only admins see it. PUBLISHED: on sale (within each ticket type\'s sales window). CANCELLED: no sales, paid orders refunded, tickets void.',
});

@ObjectType({ description: 'Something fans buy tickets for: a match, a fan fest, a meet-up.' })
@Entity('events')
export class Event {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Plain text; may contain line breaks.' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field({ description: 'Name of the venue, e.g. "Riverside Stadium".' })
  @Column({ type: 'text' })
  venue: string;

  @Field(() => String, { nullable: true, description: 'Street address of the venue.' })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field({ description: 'When doors open / the event starts (UTC); show it in timeZone.' })
  @Column({ type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Field({ description: 'When the event ends (UTC).' })
  @Column({ type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Field({ description: 'IANA time zone of the venue, e.g. Europe/London: display times in it.' })
  @Column({ type: 'text' })
  timeZone: string;

  @Field(() => String, { nullable: true, description: 'https URL of a cover image.' })
  @Column({ type: 'text', nullable: true })
  coverImageUrl: string | null;

  @Field(() => Int, { description: 'Most tickets this event may ever have held or sold at once, across all ticket types.' })
  @Column({ type: 'int' })
  capacity: number;

  @Authorized(Role.ADMIN)
  @Field(() => Int, { description: 'Seats held by checkouts not yet paid (admin).' })
  @Column({ type: 'int', default: 0 })
  seatsHeld: number;

  @Authorized(Role.ADMIN)
  @Field(() => Int, { description: 'Seats sold (paid and not refunded) (admin).' })
  @Column({ type: 'int', default: 0 })
  seatsSold: number;

  @Field(() => EventVisibility)
  @Column({ type: 'enum', enum: EventVisibility, enumName: 'event_visibility', default: EventVisibility.PUBLIC })
  visibility: EventVisibility;

  @Field(() => EventStatus)
  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.DRAFT })
  status: EventStatus;

  @Authorized(Role.ADMIN)
  @Field({ description: 'The secret that opens a PRIVATE event: event(accessKey:) or the shareUrl (admin).' })
  @Column({ type: 'text', unique: true })
  accessKey: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "Members may buy from this time on, before a ticket type's general sale (its salesStartAt); null: no member presale.",
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  memberPresaleStartsAt: Date | null;

  @Field(() => Int, { description: 'Seats still on sale for the event as a whole (a ticket type may have fewer).' })
  get seatsAvailable(): number {
    return Math.max(0, this.capacity - this.seatsHeld - this.seatsSold);
  }
}
