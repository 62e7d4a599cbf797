import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../users/user.entity';

/**
 * An event's queued on-sale: from startsAt fans are let through a waiting room at
 * admissionsPerMinute, and startCheckout for the event needs the pass that admission gives.
 * The queue itself lives in Redis (waiting-room-store.ts); this row is its settings.
 */
@ObjectType({ description: "An event's queued on-sale: a waiting room admits fans to checkout at a set rate from startsAt." })
@Entity('on_sales')
export class OnSale {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @Field({ description: 'When the waiting room opens its doors: fans who arrived before it get a random place, later ones queue in arrival order.' })
  @Column({ type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Field(() => Int, { description: 'Fans let through to checkout per minute.' })
  @Column({ type: 'int' })
  admissionsPerMinute: number;

  @Field(() => Int, { description: 'How long a pass lets its fan start a checkout, in seconds.' })
  @Column({ type: 'int' })
  passSeconds: number;

  @Authorized(Role.ADMIN)
  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Authorized(Role.ADMIN)
  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
