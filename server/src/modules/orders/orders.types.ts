import { ArrayMaxSize, ArrayMinSize, IsInt, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, SyncPageArgs } from '../../graphql/connection';
import { TicketType } from '../events/ticket-type.entity';
import { Order, OrderStatus } from './order.entity';

@ObjectType()
export class OrderConnection extends Connection(Order) {}

@InputType()
export class CheckoutItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'ticketTypeId must be a ticket type id' })
  ticketTypeId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'quantity must be at least 1' })
  @Max(100, { message: 'quantity must be at most 100' })
  quantity: number;
}

@InputType({ description: 'Tickets a fan wants, for a price quote.' })
export class CheckoutQuoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be an event id' })
  eventId: string;

  @Field(() => [CheckoutItemInput], { description: 'Each ticket type at most once.' })
  @ArrayMinSize(1, { message: 'items must list at least one ticket type' })
  @ArrayMaxSize(20, { message: 'items must list at most 20 ticket types' })
  @ValidateNested()
  items: CheckoutItemInput[];

  @Field(() => String, { nullable: true })
  @MaxLength(40, { message: 'promoCode must be at most 40 characters long' })
  promoCode?: string | null;

  @Field(() => String, { nullable: true, description: "A PRIVATE event's accessKey (from its link)." })
  @MaxLength(200)
  accessKey?: string | null;
}

@InputType({ description: 'Start paying for tickets: the seats are held until the order is paid or its hold expires.' })
export class CheckoutInput extends CheckoutQuoteInput {
  @Field({ description: 'A fresh random string per checkout attempt (e.g. a UUID). Sending the same request again with it returns the first answer instead of a second order.' })
  @Length(8, 200, { message: 'idempotencyKey must be 8 to 200 characters long' })
  idempotencyKey: string;
}

@ObjectType({ description: 'A started checkout: the order (PENDING with its seats held, or PAID when free) and where to pay.' })
export class Checkout {
  @Field(() => Order)
  order: Order;

  @Field(() => String, {
    nullable: true,
    description: 'Send the buyer here to pay: a Stripe Checkout page, or in TEST MODE the app route /test-checkout/<orderId>. Null when nothing is left to pay.',
  })
  paymentUrl: string | null;

  @Field({ description: 'True when payments run in TEST MODE (no Stripe key configured): show it clearly.' })
  testMode: boolean;
}

@ObjectType({ description: 'One line of a quote.' })
export class QuoteLine {
  @Field(() => TicketType)
  ticketType: TicketType;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int)
  unitPriceCents: number;

  @Field(() => Int, { description: 'Every discount on one ticket (member price and promo code).' })
  unitDiscountCents: number;

  @Field(() => Int, { description: 'The member price\'s part of unitDiscountCents.' })
  unitMemberDiscountCents: number;

  @Field(() => Int)
  totalCents: number;
}

@ObjectType({ description: 'What a checkout would cost now, promo code applied. Holds nothing.' })
export class CheckoutQuote {
  @Field()
  currency: string;

  @Field(() => [QuoteLine])
  lines: QuoteLine[];

  @Field(() => Int)
  subtotalCents: number;

  @Field(() => Int)
  discountCents: number;

  @Field(() => Int, { description: 'The member price\'s part of discountCents (0 for a non-member).' })
  memberDiscountCents: number;

  @Field(() => Int)
  totalCents: number;

  @Field(() => String, { nullable: true, description: 'The promo code applied, as stored.' })
  promoCode: string | null;
}

export enum TestCheckoutOutcome {
  COMPLETED = 'COMPLETED',
  ABANDONED = 'ABANDONED',
}
registerEnumType(TestCheckoutOutcome, {
  name: 'TestCheckoutOutcome',
  description: 'COMPLETED: pay (no money moves) and issue the tickets. ABANDONED: give up; the seats go back on sale.',
});

@ArgsType()
export class OrdersArgs extends SyncPageArgs {
  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'eventId must be an event id' })
  eventId?: string;

  @Field(() => OrderStatus, { nullable: true })
  status?: OrderStatus;

  @Field(() => String, { nullable: true, description: "Part of the buyer's name or email, or a whole order id." })
  @MaxLength(200)
  search?: string;
}

@ObjectType({ description: 'Sales of one ticket type.' })
export class TicketTypeSales {
  @Field(() => TicketType)
  ticketType: TicketType;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int, { description: 'Paid and not refunded.' })
  sold: number;

  @Field(() => Int, { description: 'Held by unpaid checkouts.' })
  held: number;

  @Field(() => Int, { description: 'Still on sale, within the event capacity too.' })
  available: number;

  @Field(() => Int)
  checkedIn: number;

  @Field(() => Int, { description: 'What its unrefunded tickets brought in, minor units.' })
  revenueCents: number;
}

@ObjectType({ description: "An event's sales figures (admin)." })
export class EventSales {
  @Field(() => ID)
  eventId: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int, { description: 'Tickets paid and not refunded.' })
  sold: number;

  @Field(() => Int, { description: 'Seats held by unpaid checkouts.' })
  held: number;

  @Field(() => Int)
  available: number;

  @Field(() => Int)
  checkedIn: number;

  @Field(() => Int, { description: 'Orders currently PAID.' })
  paidOrders: number;

  @Field(() => Int, { description: 'What unrefunded tickets brought in, minor units (after discounts).' })
  revenueCents: number;

  @Field(() => Int, { description: 'Refunded so far, minor units.' })
  refundedCents: number;

  @Field(() => String, { nullable: true, description: 'Currency of the amounts; null before the event has a ticket type.' })
  currency: string | null;

  @Field(() => [TicketTypeSales])
  ticketTypes: TicketTypeSales[];
}
