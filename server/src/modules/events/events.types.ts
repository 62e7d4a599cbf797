import {
  ArrayMaxSize,
  IsInt,
  IsTimeZone,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, SyncPageArgs } from '../../graphql/connection';
import { Event, EventStatus, EventVisibility } from './event.entity';
import { PromoDiscountType } from './promo-code.entity';

@ObjectType()
export class EventConnection extends Connection(Event) {}

@InputType({ description: 'Everything an admin sets on an event. updateEvent replaces all of it.' })
export class EventInput {
  @Field()
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(20_000, { message: 'description must be at most 20000 characters long' })
  description: string;

  @Field()
  @Length(1, 200, { message: 'venue must be 1 to 200 characters long' })
  venue: string;

  @Field(() => String, { nullable: true })
  @MaxLength(500, { message: 'address must be at most 500 characters long' })
  address?: string | null;

  @Field()
  startsAt: Date;

  @Field({ description: 'Must be after startsAt.' })
  endsAt: Date;

  @Field({ description: 'IANA time zone of the venue, e.g. Europe/Paris.' })
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/London' })
  timeZone: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(1_000_000, { message: 'capacity must be at most 1000000' })
  capacity: number;

  @Field(() => EventVisibility, { defaultValue: EventVisibility.PUBLIC })
  visibility: EventVisibility;

  @Field(() => String, { nullable: true, description: 'https URL of a cover image.' })
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'coverImageUrl must be an https URL' })
  @MaxLength(2000, { message: 'coverImageUrl must be at most 2000 characters long' })
  coverImageUrl?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "Members may buy from this time on, before each ticket type's general sale (salesStartAt); null: no member presale.",
  })
  memberPresaleStartsAt?: Date | null;
}

@InputType({ description: 'A ticket type. updateTicketType replaces all of it.' })
export class TicketTypeInput {
  @Field()
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name: string;

  @Field(() => String, { nullable: true })
  @MaxLength(2000, { message: 'description must be at most 2000 characters long' })
  description?: string | null;

  @Field(() => Int, { description: 'Minor units (cents); 0 for a free ticket.' })
  @IsInt()
  @Min(0, { message: 'priceCents must be 0 or more' })
  @Max(100_000_000, { message: 'priceCents must be at most 100000000' })
  priceCents: number;

  @Field({ description: 'ISO 4217 code in capitals, e.g. EUR; the same for every ticket type of the event.' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code in capitals, e.g. EUR' })
  currency: string;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'quantity must be 0 or more' })
  @Max(1_000_000, { message: 'quantity must be at most 1000000' })
  quantity: number;

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1, { message: 'maxPerOrder must be at least 1' })
  @Max(100, { message: 'maxPerOrder must be at most 100' })
  maxPerOrder: number;

  @Field(() => Date, { nullable: true, description: 'Null: on sale as soon as the event is published.' })
  salesStartAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null: on sale until the event ends.' })
  salesEndAt?: Date | null;

  @Field(() => Int, { defaultValue: 0, description: 'Percent off for members (0-100), applied at checkout; 0: no member price.' })
  @IsInt()
  @Min(0, { message: 'memberDiscountPercent must be 0 or more' })
  @Max(100, { message: 'memberDiscountPercent must be at most 100' })
  memberDiscountPercent?: number;
}

@InputType({ description: 'A promo code. updatePromoCode replaces all of it (the code itself and its use count stay).' })
export class PromoCodeInput {
  @Field({ description: '3 to 40 letters, digits, - or _; matched ignoring case.' })
  @Matches(/^[A-Za-z0-9_-]{3,40}$/, { message: 'code must be 3 to 40 letters, digits, - or _' })
  code: string;

  @Field(() => PromoDiscountType)
  discountType: PromoDiscountType;

  @Field(() => Int, { description: 'Percent off (1-100) for PERCENTAGE; minor units off each ticket for FIXED.' })
  @IsInt()
  @Min(1, { message: 'amount must be at least 1' })
  @Max(100_000_000, { message: 'amount must be at most 100000000' })
  amount: number;

  @Field(() => Int, { nullable: true, description: 'How many orders may use it; null: unlimited.' })
  @IsInt()
  @Min(1, { message: 'usageLimit must be at least 1' })
  usageLimit?: number | null;

  @Field(() => Date, { nullable: true })
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  validUntil?: Date | null;

  @Field(() => [ID], { nullable: true, description: 'Only these ticket types of the event get the discount; null: all.' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'ticketTypeIds must be ticket type ids' })
  ticketTypeIds?: string[] | null;

  @Field({ defaultValue: true })
  active: boolean;
}

@ArgsType()
export class EventsArgs extends SyncPageArgs {
  @Field(() => String, { nullable: true, description: 'Matches part of the title, venue or address, ignoring case.' })
  @MaxLength(200)
  search?: string;

  @Field(() => Date, { nullable: true, description: 'Only events still running at or after this time (default: now).' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only events starting before this time.' })
  to?: Date;
}

@ArgsType()
export class AdminEventsArgs extends SyncPageArgs {
  @Field(() => String, { nullable: true, description: 'Matches part of the title, venue or address, ignoring case.' })
  @MaxLength(200)
  search?: string;

  @Field(() => EventStatus, { nullable: true })
  status?: EventStatus;

  @Field(() => EventVisibility, { nullable: true })
  visibility?: EventVisibility;
}
