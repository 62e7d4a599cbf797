import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { BillingInterval } from './membership-enums';

/**
 * One price a plan has had for one interval. A new amount is a new row (and a new Stripe price):
 * members keep paying the price they joined at, and a Stripe price id always leads back to its plan.
 */
@ObjectType({ description: "A plan's price for one interval; only one per interval is current (active)." })
@Entity('membership_plan_prices')
export class PlanPrice {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @Field(() => BillingInterval)
  @Column({ type: 'enum', enum: BillingInterval, enumName: 'billing_interval' })
  interval: BillingInterval;

  @Field(() => Int)
  @Column({ type: 'int' })
  amountCents: number;

  @Field()
  @Column({ type: 'text' })
  currency: string;

  @Field(() => String, { nullable: true, description: 'The Stripe price; null in TEST MODE or until it is linked.' })
  @Column({ type: 'text', nullable: true })
  stripePriceId: string | null;

  @Field({ description: 'The price new members pay; older prices stay for the members who joined at them.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
