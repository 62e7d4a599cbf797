import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../users/user.entity';

@ObjectType({ description: 'A membership fans can buy: monthly and/or yearly, with optional free-trial days.' })
@Entity('membership_plans')
export class Plan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Plain text; may contain line breaks.' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field({ description: 'What members get, as plain text (one perk per line).' })
  @Column({ type: 'text', default: '' })
  perks: string;

  @Field({ description: 'ISO 4217 currency of both prices.' })
  @Column({ type: 'text' })
  currency: string;

  @Field(() => Int, { nullable: true, description: 'Price per month in minor units; null: not offered monthly.' })
  @Column({ type: 'int', nullable: true })
  monthlyPriceCents: number | null;

  @Field(() => Int, { nullable: true, description: 'Price per year in minor units; null: not offered yearly.' })
  @Column({ type: 'int', nullable: true })
  yearlyPriceCents: number | null;

  @Field(() => Int, { description: 'Free days before the first payment; 0: none.' })
  @Column({ type: 'int', default: 0 })
  trialDays: number;

  @Field(() => Date, { nullable: true, description: 'Archived plans are no longer offered; their members keep their membership.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  archivedAt: Date | null;

  @Authorized(Role.ADMIN)
  @Field(() => String, { nullable: true, description: "The plan's Stripe product; null in TEST MODE or until it is linked (admin)." })
  @Column({ type: 'text', nullable: true })
  stripeProductId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field({ description: 'Offered to fans (not archived).' })
  get active(): boolean {
    return this.archivedAt === null;
  }
}
