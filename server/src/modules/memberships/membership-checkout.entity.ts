import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { BillingInterval, MembershipProvider } from './membership-enums';

export enum MembershipCheckoutStatus {
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
  ABANDONED = 'ABANDONED',
}
registerEnumType(MembershipCheckoutStatus, {
  name: 'MembershipCheckoutStatus',
  description: 'OPEN: waiting for the fan to pay (see expiresAt). COMPLETED: the membership started. ABANDONED: given up on the TEST MODE page.',
});

@ObjectType({ description: 'A started membership purchase and where to pay for it.' })
@Entity('membership_checkouts')
export class MembershipCheckout {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  /** The plan price it sells (its amount is copied below, as the fan saw it). */
  @Column({ type: 'uuid' })
  priceId: string;

  @Field(() => BillingInterval)
  @Column({ type: 'enum', enum: BillingInterval, enumName: 'billing_interval' })
  interval: BillingInterval;

  @Field(() => Int, { description: 'Price per interval, minor units.' })
  @Column({ type: 'int' })
  amountCents: number;

  @Field()
  @Column({ type: 'text' })
  currency: string;

  @Field(() => Int, { description: 'Free days before the first payment.' })
  @Column({ type: 'int', default: 0 })
  trialDays: number;

  @Column({ type: 'enum', enum: MembershipProvider, enumName: 'membership_provider' })
  provider: MembershipProvider;

  @Field(() => MembershipCheckoutStatus)
  @Column({ type: 'enum', enum: MembershipCheckoutStatus, enumName: 'membership_checkout_status', default: MembershipCheckoutStatus.OPEN })
  status: MembershipCheckoutStatus;

  @Column({ type: 'text', nullable: true })
  stripeCheckoutSessionId: string | null;

  /** Where the fan pays: the Stripe Checkout page or the TEST MODE route (the graph shows it while OPEN). */
  @Column({ type: 'text', nullable: true })
  paymentUrl: string | null;

  @Field(() => ID, { nullable: true, description: 'The membership it started, once COMPLETED.' })
  @Column({ type: 'uuid', nullable: true })
  membershipId: string | null;

  @Field({ description: 'An OPEN checkout can be paid until then.' })
  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'Paid through the built-in TEST MODE checkout (no Stripe key configured; no money moves): show it clearly.' })
  get testMode(): boolean {
    return this.provider === MembershipProvider.TEST;
  }
}
