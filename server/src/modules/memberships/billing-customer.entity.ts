import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A user's Stripe customer: created once, on their first membership checkout, and reused after. */
@Entity('billing_customers')
export class BillingCustomer {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text', unique: true })
  stripeCustomerId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
