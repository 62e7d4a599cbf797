import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../users/user.entity';

@ObjectType({ description: 'A kind of ticket for an event (e.g. General, VIP), with its price, quantity and sales window.' })
@Entity('ticket_types')
export class TicketType {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  eventId: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => Int, { description: 'Price of one ticket in minor units (cents); 0 means free.' })
  @Column({ type: 'int' })
  priceCents: number;

  @Field({ description: 'ISO 4217 currency, e.g. EUR. Every ticket type of an event has the same currency.' })
  @Column({ type: 'text' })
  currency: string;

  @Field(() => Int, { description: 'How many tickets of this type exist in total.' })
  @Column({ type: 'int' })
  quantity: number;

  @Authorized(Role.ADMIN)
  @Field(() => Int, { description: 'Held by unpaid checkouts (admin).' })
  @Column({ type: 'int', default: 0 })
  held: number;

  @Authorized(Role.ADMIN)
  @Field(() => Int, { description: 'Sold: paid and not refunded (admin).' })
  @Column({ type: 'int', default: 0 })
  sold: number;

  @Field(() => Int, { description: 'Most tickets of this type one order may contain.' })
  @Column({ type: 'int', default: 10 })
  maxPerOrder: number;

  @Field(() => Date, { nullable: true, description: 'Sales open at this time; null: as soon as the event is published.' })
  @Column({ type: 'timestamptz', nullable: true })
  salesStartAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Sales close at this time; null: when the event ends.' })
  @Column({ type: 'timestamptz', nullable: true })
  salesEndAt: Date | null;

  @Field(() => Int, { description: 'Percent off the price for members (0-100), applied at checkout; 0: no member price.' })
  @Column({ type: 'int', default: 0 })
  memberDiscountPercent: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /** Left of this type's own quantity; the event's capacity may limit it further (see `available`). */
  get remaining(): number {
    return Math.max(0, this.quantity - this.held - this.sold);
  }
}
