import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum PromoDiscountType {
  PERCENTAGE = 'PERCENTAGE',
  FIXED = 'FIXED',
}
registerEnumType(PromoDiscountType, {
  name: 'PromoDiscountType',
  description: 'PERCENTAGE: amount is a percent (1-100) off each eligible ticket. FIXED: amount is minor units off each eligible ticket (never below 0).',
});

@ObjectType({ description: 'A discount code for one event (admin).' })
@Entity('promo_codes')
export class PromoCode {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  eventId: string;

  @Field({ description: 'What fans type; matched ignoring case.' })
  @Column({ type: 'text' })
  code: string;

  @Field(() => PromoDiscountType)
  @Column({ type: 'enum', enum: PromoDiscountType, enumName: 'promo_discount_type' })
  discountType: PromoDiscountType;

  @Field(() => Int, { description: 'Percent (PERCENTAGE) or minor units per ticket (FIXED).' })
  @Column({ type: 'int' })
  amount: number;

  @Field(() => Int, { nullable: true, description: 'How many orders may use it; null: unlimited.' })
  @Column({ type: 'int', nullable: true })
  usageLimit: number | null;

  @Field(() => Int, { description: 'Orders that used it (paid, or still holding seats).' })
  @Column({ type: 'int', default: 0 })
  usedCount: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  validFrom: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Field(() => [ID], { nullable: true, description: 'Only these ticket types are discounted; null: all of the event\'s.' })
  @Column({ type: 'uuid', array: true, nullable: true })
  ticketTypeIds: string[] | null;

  @Field({ description: 'An inactive code is refused at checkout.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
