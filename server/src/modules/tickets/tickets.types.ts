import { IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection';
import { User } from '../users/user.entity';
import { Ticket, TicketStatus } from './ticket.entity';

@ObjectType()
export class TicketConnection extends Connection(Ticket) {}

@ArgsType()
export class AttendeesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be an event id' })
  eventId: string;

  @Field(() => String, { nullable: true, description: "Part of the holder's name or the buyer's email, or a whole ticket code." })
  @MaxLength(200)
  search?: string;

  @Field(() => TicketStatus, { nullable: true })
  status?: TicketStatus;
}

export enum CheckInStatus {
  OK = 'OK',
  ALREADY_CHECKED_IN = 'ALREADY_CHECKED_IN',
  VOID = 'VOID',
  WRONG_EVENT = 'WRONG_EVENT',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(CheckInStatus, {
  name: 'CheckInStatus',
  valuesConfig: {
    OK: { description: 'Valid, and now checked in: let them in.' },
    ALREADY_CHECKED_IN: { description: 'Used before: see checkedInAt and checkedInBy.' },
    VOID: { description: 'Refunded, or the event was cancelled.' },
    WRONG_EVENT: { description: 'A real ticket, for another event.' },
    NOT_FOUND: { description: 'No ticket has this code.' },
  },
});

@ObjectType({ description: 'What the door sees after a scan. Always read fresh from the database, never cached.' })
export class CheckInResult {
  @Field(() => CheckInStatus)
  status: CheckInStatus;

  @Field({ description: 'One sentence to show in big letters.' })
  message: string;

  @Field(() => Ticket, { nullable: true, description: 'The ticket (with holder and type), unless NOT_FOUND.' })
  ticket: Ticket | null;

  @Field(() => Date, { nullable: true, description: 'When it was checked in (now for OK; the first time for ALREADY_CHECKED_IN).' })
  checkedInAt: Date | null;

  @Field(() => User, { nullable: true, description: 'Who checked it in.' })
  checkedInBy: User | null;
}

@ObjectType({ description: 'The live door count of an event.' })
export class EventCheckInStats {
  @Field(() => ID)
  eventId: string;

  @Field(() => Int, { description: 'Tickets checked in so far.' })
  checkedIn: number;

  @Field(() => Int, { description: 'Tickets sold (paid, not refunded).' })
  sold: number;

  @Field(() => Int, { description: "The event's capacity." })
  capacity: number;
}
