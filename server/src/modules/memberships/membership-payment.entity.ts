import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MembershipProvider } from './membership-enums';

/** Money collected for a membership: one paid invoice, appended once (by its invoice id) and never changed. */
@ObjectType({ description: 'A paid membership invoice.' })
@Entity('membership_payments')
export class MembershipPayment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stripe's in_… id, or a TEST MODE id made from the subscription and its period. */
  @Column({ type: 'text', unique: true })
  invoiceId: string;

  @Column({ type: 'text' })
  subscriptionId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  planId: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  amountCents: number;

  @Field()
  @Column({ type: 'text' })
  currency: string;

  @Column({ type: 'enum', enum: MembershipProvider, enumName: 'membership_provider' })
  provider: MembershipProvider;

  @Field()
  @Column({ type: 'timestamptz', precision: 3 })
  paidAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'Paid in TEST MODE: no money moved.' })
  get testMode(): boolean {
    return this.provider === MembershipProvider.TEST;
  }
}
