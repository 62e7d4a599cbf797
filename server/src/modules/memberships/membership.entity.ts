import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BillingInterval, MEMBER_STATUSES, MembershipProvider, MembershipStatus } from './membership-enums';

/**
 * One subscription of one fan, as its newest known state. It is only ever moved forward by a newer
 * picture of the subscription (see subscription-snapshot.ts); each change is also appended to
 * membership_events.
 */
@ObjectType({ description: "A fan's paid membership (one Stripe subscription, or one TEST MODE subscription)." })
@Entity('memberships')
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @Field(() => BillingInterval)
  @Column({ type: 'enum', enum: BillingInterval, enumName: 'billing_interval' })
  interval: BillingInterval;

  @Field(() => Int, { description: 'What one billing interval costs this member, minor units (the price they joined at or switched to).' })
  @Column({ type: 'int' })
  amountCents: number;

  @Field()
  @Column({ type: 'text' })
  currency: string;

  @Field(() => MembershipStatus)
  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status' })
  status: MembershipStatus;

  @Column({ type: 'enum', enum: MembershipProvider, enumName: 'membership_provider' })
  provider: MembershipProvider;

  /** Stripe's sub_… id, or test_sub_… in TEST MODE. */
  @Column({ type: 'text', unique: true })
  subscriptionId: string;

  @Column({ type: 'text', nullable: true })
  stripeCustomerId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  currentPeriodStart: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it renews, or ends when cancelAtPeriodEnd (or, while TRIALING, when the trial ends).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  currentPeriodEnd: Date | null;

  @Field({ description: 'Ends at currentPeriodEnd instead of renewing; perks last until then.' })
  @Column({ type: 'boolean', default: false })
  cancelAtPeriodEnd: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  trialEndsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the member asked to cancel.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  canceledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ended (status CANCELED).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  endedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it first gave perks (trial or paid).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  /** When the provider took the picture of the subscription this row shows (Stripe: its event's time). */
  @Column({ type: 'timestamptz', precision: 3 })
  observedAt: Date;

  /** The trial end a "your trial ends soon" mail was sent for, so it goes out once. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  trialReminderSentFor: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field({ description: 'Whether it gives member perks now (TRIALING, ACTIVE or PAST_DUE).' })
  get isMember(): boolean {
    return MEMBER_STATUSES.includes(this.status);
  }

  @Field({ description: 'Started through the built-in TEST MODE checkout: no money moves.' })
  get testMode(): boolean {
    return this.provider === MembershipProvider.TEST;
  }
}
