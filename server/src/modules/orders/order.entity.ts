import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum OrderStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description:
    'PENDING: seats held until holdExpiresAt while the buyer pays. PAID: tickets issued (some may be refunded, see refundedCents). ' +
    'EXPIRED: the hold ran out unpaid; seats went back on sale. CANCELLED: abandoned by the buyer or the event was cancelled before payment. ' +
    'REFUNDED: every ticket voided and the money returned (or being returned, see refunds).',
});

export enum PaymentProvider {
  STRIPE = 'STRIPE',
  TEST = 'TEST',
  FREE = 'FREE',
}
registerEnumType(PaymentProvider, {
  name: 'PaymentProvider',
  description: 'STRIPE: a real Stripe Checkout. TEST: the built-in TEST MODE checkout (no Stripe key configured; no money moves). FREE: nothing to pay.',
});

@ObjectType({ description: 'One purchase by one fan for one event.' })
@Entity('orders')
export class Order {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  eventId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  buyerId: string;

  @Field(() => OrderStatus)
  @Column({ type: 'enum', enum: OrderStatus, enumName: 'order_status', default: OrderStatus.PENDING })
  status: OrderStatus;

  @Field(() => PaymentProvider)
  @Column({ type: 'enum', enum: PaymentProvider, enumName: 'payment_provider' })
  paymentProvider: PaymentProvider;

  @Field({ description: 'ISO 4217 currency of every amount on the order.' })
  @Column({ type: 'text' })
  currency: string;

  @Field(() => Int, { description: 'Before discounts, minor units.' })
  @Column({ type: 'int' })
  subtotalCents: number;

  @Field(() => Int, { description: 'Every discount (member price and promo code), minor units.' })
  @Column({ type: 'int', default: 0 })
  discountCents: number;

  @Field(() => Int, { description: 'The member price\'s part of discountCents, minor units.' })
  @Column({ type: 'int', default: 0 })
  memberDiscountCents: number;

  @Field(() => Int, { description: 'What the buyer pays, minor units.' })
  @Column({ type: 'int' })
  totalCents: number;

  @Field(() => Int, { nullable: true, description: 'What the payment provider reported as paid.' })
  @Column({ type: 'int', nullable: true })
  paidCents: number | null;

  @Field(() => Int, { description: 'Refunded so far (including refunds still being processed).' })
  @Column({ type: 'int', default: 0 })
  refundedCents: number;

  @Column({ type: 'uuid', nullable: true })
  promoCodeId: string | null;

  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;

  /** A hash of what was asked for, so an idempotency key reused for a different checkout is refused. */
  @Column({ type: 'text', nullable: true })
  requestFingerprint: string | null;

  @Field(() => Date, { nullable: true, description: 'While PENDING: when the held seats go back on sale if unpaid.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  holdExpiresAt: Date | null;

  @Column({ type: 'text', nullable: true })
  stripeCheckoutSessionId: string | null;

  @Column({ type: 'text', nullable: true })
  stripePaymentIntentId: string | null;

  /** Where the buyer pays: the Stripe Checkout page or the TEST MODE checkout page. */
  @Column({ type: 'text', nullable: true })
  paymentUrl: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When an unpaid order expired or was cancelled.' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last ticket was refunded.' })
  @Column({ type: 'timestamptz', nullable: true })
  refundedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field({ description: 'Paid through the built-in TEST MODE checkout: no money moved.' })
  get testMode(): boolean {
    return this.paymentProvider === PaymentProvider.TEST;
  }
}
