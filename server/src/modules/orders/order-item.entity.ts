import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Some tickets of one type in an order, at the price charged.' })
@Entity('order_items')
export class OrderItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  ticketTypeId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @Field(() => Int, { description: 'List price of one ticket, minor units.' })
  @Column({ type: 'int' })
  unitPriceCents: number;

  @Field(() => Int, { description: 'Promo discount on each ticket, minor units.' })
  @Column({ type: 'int', default: 0 })
  unitDiscountCents: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Int, { description: 'quantity × (unitPriceCents − unitDiscountCents).' })
  get totalCents(): number {
    return this.quantity * (this.unitPriceCents - this.unitDiscountCents);
  }
}
