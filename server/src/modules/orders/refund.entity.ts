import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum RefundStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
}
registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  description: 'PENDING: decided, the payment provider has not confirmed yet (retried until it does). SUCCEEDED: the money is on its way back.',
});

export enum RefundReason {
  REQUESTED_BY_ADMIN = 'REQUESTED_BY_ADMIN',
  SOLD_OUT_AFTER_EXPIRY = 'SOLD_OUT_AFTER_EXPIRY',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(RefundReason, {
  name: 'RefundReason',
  description:
    'REQUESTED_BY_ADMIN: refundOrder. SOLD_OUT_AFTER_EXPIRY: paid after the hold ran out and the seats were gone, so refunded automatically. ' +
    'EVENT_CANCELLED: the event was cancelled. EXTERNAL: refunded outside Matchday (e.g. in the Stripe dashboard).',
});

@ObjectType({ description: 'Money returned (or being returned) for an order.' })
@Entity('refunds')
export class Refund {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  orderId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  amountCents: number;

  @Field(() => RefundReason)
  @Column({ type: 'enum', enum: RefundReason, enumName: 'refund_reason' })
  reason: RefundReason;

  @Field(() => RefundStatus)
  @Column({ type: 'enum', enum: RefundStatus, enumName: 'refund_status', default: RefundStatus.PENDING })
  status: RefundStatus;

  @Field(() => String, { nullable: true, description: "The payment provider's refund id (e.g. Stripe re_…)." })
  @Column({ type: 'text', nullable: true })
  providerRefundId: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @Field(() => Int, { description: 'Calls made to the payment provider so far.' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last call to the payment provider failed; retried automatically.' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}
