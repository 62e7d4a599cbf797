import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { BillingInterval, MembershipChangeReason, MembershipStatus } from './membership-enums';

/**
 * One change of one membership, appended and never changed (a database trigger refuses UPDATE and
 * DELETE). Every membership figure is a sum or count over these rows.
 */
@ObjectType({ description: 'One change of a membership, from the append-only membership history (admin).' })
@Entity('membership_events')
export class MembershipEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Append order, the tie-break between changes recorded at the same time. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  membershipId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @Field(() => BillingInterval)
  @Column({ type: 'enum', enum: BillingInterval, enumName: 'billing_interval' })
  interval: BillingInterval;

  @Field(() => Int, { description: 'The price of one interval after the change, minor units.' })
  @Column({ type: 'int' })
  amountCents: number;

  @Field()
  @Column({ type: 'text' })
  currency: string;

  @Field(() => MembershipStatus)
  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status' })
  status: MembershipStatus;

  @Field(() => MembershipStatus, { nullable: true, description: 'Null for the first row of a membership.' })
  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status', nullable: true })
  previousStatus: MembershipStatus | null;

  @Field()
  @Column({ type: 'boolean' })
  cancelAtPeriodEnd: boolean;

  @Field(() => Int, { description: 'What the membership adds to MRR after the change: the price per month (a yearly price ÷ 12, rounded) while ACTIVE or PAST_DUE, else 0.' })
  @Column({ type: 'int' })
  mrrCents: number;

  @Field(() => Int, { description: 'The change of MRR this row makes, minor units.' })
  @Column({ type: 'int' })
  mrrDeltaCents: number;

  @Field(() => MembershipChangeReason)
  @Column({ type: 'enum', enum: MembershipChangeReason, enumName: 'membership_change_reason' })
  reason: MembershipChangeReason;

  @Field({ description: "What reported it: 'stripe:<event id>', or 'test:<action>' in TEST MODE." })
  @Column({ type: 'text' })
  source: string;

  @Field({ description: 'When it happened (for Stripe: when Stripe reported it), which is when the figures count it.' })
  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Field({ description: 'When Matchday recorded it.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
