import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OnSale } from './on-sale.entity';

@InputType({ description: "An event's queued on-sale. setOnSale replaces all of it; the rate and pass length may change while it runs." })
export class OnSaleInput {
  @Field({ description: 'When admission starts. Fans who arrive before it get a random place at this time.' })
  startsAt: Date;

  @Field(() => Int, { description: 'Fans let through to checkout per minute (1 to 100000).' })
  @Min(1, { message: 'admissionsPerMinute must be at least 1' })
  @Max(100_000, { message: 'admissionsPerMinute must be at most 100000' })
  admissionsPerMinute: number;

  @Field(() => Int, { description: 'How long a pass lets its fan start a checkout, in seconds (5 to 3600; 300 by default).', defaultValue: 300 })
  @Min(5, { message: 'passSeconds must be at least 5' })
  @Max(3600, { message: 'passSeconds must be at most 3600' })
  passSeconds: number;
}

export enum WaitingRoomPhase {
  OPEN = 'OPEN',
  NOT_JOINED = 'NOT_JOINED',
  BEFORE_START = 'BEFORE_START',
  QUEUED = 'QUEUED',
  ADMITTED = 'ADMITTED',
  PASS_EXPIRED = 'PASS_EXPIRED',
  SOLD_OUT = 'SOLD_OUT',
}
registerEnumType(WaitingRoomPhase, {
  name: 'WaitingRoomPhase',
  valuesConfig: {
    OPEN: { description: 'The event has no queued on-sale: buy as usual.' },
    NOT_JOINED: { description: 'The on-sale is queued and this fan has no place yet: joinWaitingRoom.' },
    BEFORE_START: { description: 'Joined before the start: the place is drawn at random at startsAt.' },
    QUEUED: { description: 'In the queue: see place, ahead and estimatedWaitSeconds.' },
    ADMITTED: { description: 'Admitted: startCheckout works until passExpiresAt.' },
    PASS_EXPIRED: { description: 'The pass ran out: joinWaitingRoom queues again at the back.' },
    SOLD_OUT: { description: 'Every ticket is sold: the queue admits no one.' },
  },
});

export enum StockLevel {
  AVAILABLE = 'AVAILABLE',
  ALL_HELD = 'ALL_HELD',
  SOLD_OUT = 'SOLD_OUT',
}
registerEnumType(StockLevel, {
  name: 'StockLevel',
  valuesConfig: {
    AVAILABLE: { description: 'Tickets are left.' },
    ALL_HELD: { description: 'None free now, but unpaid checkouts hold some that may come back; admission pauses meanwhile.' },
    SOLD_OUT: { description: 'Every ticket is sold.' },
  },
});

// simpleResolvers: plain fields, resolved without type-graphql's per-field machinery (every broadcast resolves one per follower).
@ObjectType({ simpleResolvers: true, description: "One fan's standing in an event's waiting room. waitingRoomUpdated pushes every change." })
export class WaitingRoomPlace {
  @Field(() => ID)
  eventId: string;

  @Field(() => WaitingRoomPhase)
  phase: WaitingRoomPhase;

  @Field(() => Date, { nullable: true, description: 'When admission starts (null when the event has no queued on-sale).' })
  startsAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Place in line, counted from the first fan admitted (QUEUED only); it never changes while queued.' })
  place: number | null;

  @Field(() => Int, { nullable: true, description: 'Fans still ahead in the queue (QUEUED only).' })
  ahead: number | null;

  @Field(() => Int, { nullable: true, description: 'Seconds until admission at the current rate (QUEUED only); longer while every ticket is held.' })
  estimatedWaitSeconds: number | null;

  @Field(() => Date, { nullable: true, description: 'When the pass ends (ADMITTED only).' })
  passExpiresAt: Date | null;

  @Field(() => StockLevel)
  stock: StockLevel;

  /** What place and ahead were computed from (not in the graph): lets a broadcast move them without a Redis read. */
  basis: { rank: number; admitted: number } | null;
}

@ObjectType({ description: 'How an on-sale is going (admin).' })
export class OnSaleStats {
  @Field(() => ID)
  eventId: string;

  @Field(() => OnSale)
  onSale: OnSale;

  @Field(() => Int, { description: 'Fans waiting in the queue (and before the start, waiting for it).' })
  queued: number;

  @Field(() => Int, { description: 'Fans admitted so far.' })
  admitted: number;

  @Field(() => Int, { description: 'Passes not yet run out.' })
  passesActive: number;

  @Field(() => Int, { description: 'Of those, passes whose fan has started a checkout.' })
  passesUsed: number;

  @Field(() => Int, { description: 'Passes that ran out unused; each gave its slot back to the queue.' })
  passesReturned: number;

  @Field(() => Int, { description: 'Seats held by checkouts not yet paid.' })
  inCheckout: number;

  @Field(() => Int, { description: 'Seats sold.' })
  sold: number;

  @Field(() => StockLevel)
  stock: StockLevel;
}
