import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageArgs } from '../../graphql/connection';
import { Event } from '../events/event.entity';
import { TicketType } from '../events/ticket-type.entity';
import { IdempotencyKeyArg } from '../idempotency/idempotency-key.arg';
import { IdempotentJob } from '../jobs/idempotent-job';
import { Job } from '../jobs/job.entity';
import { Order } from '../orders/order.entity';
import { Role, User } from '../users/user.entity';
import { checkInFeed } from './check-in-feed';
import { Ticket } from './ticket.entity';
import { ticketQrDataUrl, ticketQrSvg } from './ticket-qr';
import { AttendeesArgs, CheckInResult, EventCheckInStats, TicketConnection } from './tickets.types';

@Resolver(() => Ticket)
export class TicketsResolver {
  @Authorized()
  @Query(() => TicketConnection, { description: "The caller's own tickets, newest first." })
  myTickets(@Args() args: PageArgs, @Ctx() { services, viewer }: Context) {
    return services.tickets.listOwned(viewer!.user.id, args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => TicketConnection, { description: 'The tickets (attendees) of an event, with search and status filter (admin).' })
  attendees(@Args() args: AttendeesArgs, @Ctx() { services }: Context) {
    return services.tickets.listAttendees(args);
  }

  @Authorized(Role.VOLUNTEER, Role.ADMIN)
  @Mutation(() => CheckInResult, {
    description: 'The door: checks a ticket in by its code (typed or scanned; spaces, dashes and case are ignored). Always answers with a status; never cached (volunteers and admins).',
  })
  checkInTicket(@Arg('eventId', () => ID) eventId: string, @Arg('code') code: string, @Ctx() { services, viewer }: Context) {
    return services.checkIn.run(viewer!.user.id, eventId, code);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Job, { description: "Starts a CSV export of an event's tickets (attendees). Follow it with jobUpdated; download it from resultUrl when COMPLETED (admin)." })
  @IdempotentJob()
  startAttendeesExport(@Arg('eventId', () => ID) eventId: string, @IdempotencyKeyArg() _idempotencyKey: string | null, @Ctx() { services, actor }: Context) {
    return services.attendeesExport.start(actor, eventId);
  }

  @Authorized(Role.VOLUNTEER, Role.ADMIN)
  @Query(() => EventCheckInStats, { nullable: true, description: 'The door count now; checkInUpdated pushes every change (volunteers and admins).' })
  checkInStats(@Arg('eventId', () => ID) eventId: string, @Ctx() { services }: Context) {
    return services.checkInStats.forEvent(eventId);
  }

  @Authorized(Role.VOLUNTEER, Role.ADMIN)
  @Subscription(() => EventCheckInStats, {
    subscribe: ({ args, context }) => checkInFeed((context as Context).services, args.eventId),
    description: 'The door count of an event: first as it is now, then after every check-in, sale or refund, from every door and server (volunteers and admins).',
  })
  checkInUpdated(@Root() stats: EventCheckInStats, @Arg('eventId', () => ID) _eventId: string): EventCheckInStats {
    return stats;
  }

  @FieldResolver(() => Event)
  event(@Root() ticket: Ticket, @Ctx() { loaders }: Context) {
    return loaders.eventById.load(ticket.eventId);
  }

  @FieldResolver(() => TicketType)
  ticketType(@Root() ticket: Ticket, @Ctx() { loaders }: Context) {
    return loaders.ticketTypeById.load(ticket.ticketTypeId);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The order it came from: for its owner and admins (null for a volunteer at the door).' })
  order(@Root() ticket: Ticket, @Ctx() { loaders, viewer }: Context) {
    const mayRead = viewer && (viewer.user.id === ticket.ownerId || viewer.user.role === Role.ADMIN);
    return mayRead ? loaders.orderById.load(ticket.orderId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who checked it in.' })
  checkedInBy(@Root() ticket: Ticket, @Ctx() { loaders }: Context) {
    return ticket.checkedInById ? loaders.userById.load(ticket.checkedInById) : null;
  }

  @FieldResolver(() => String, { description: 'The QR code (SVG markup) encoding only the ticket code; made on the server.' })
  qrSvg(@Root() ticket: Ticket) {
    return ticketQrSvg(ticket.code);
  }

  @FieldResolver(() => String, { description: 'The same QR code as a data: URL (image/svg+xml) for an <img src>.' })
  qrDataUrl(@Root() ticket: Ticket) {
    return ticketQrDataUrl(ticket.code);
  }
}
