import { isUUID } from 'class-validator';
import { badInput } from '../../graphql/errors';
import type { EventsService } from '../events/events.service';
import type { UsersService } from '../users/users.service';
import type { CheckInStatsService } from './check-in-stats.service';
import { normalizeTicketCode } from './ticket-code';
import { TicketStatus, type Ticket } from './ticket.entity';
import type { TicketsService } from './tickets.service';
import { CheckInStatus, type CheckInResult } from './tickets.types';

/**
 * The door: checks a ticket in, or says exactly why not. The VALID -> CHECKED_IN change is one
 * conditional UPDATE, so two doors scanning the same ticket at once let it in once. Nothing here
 * is cached: every answer is read from the database at the moment of the scan.
 */
export class CheckInHandler {
  constructor(
    private readonly tickets: TicketsService,
    private readonly events: EventsService,
    private readonly users: UsersService,
    private readonly stats: CheckInStatsService,
  ) {}

  async run(volunteerId: string, eventId: string, typedCode: string): Promise<CheckInResult> {
    if (!isUUID(eventId)) throw badInput('eventId', 'eventId must be an event id.');
    const code = normalizeTicketCode(typedCode);
    if (!code) return notFound();
    const claimed = await this.tickets.claimForCheckIn(eventId, code, volunteerId);
    if (claimed) {
      void this.stats.publish(eventId);
      return { status: CheckInStatus.OK, message: `Valid ticket for ${claimed.holderName}: let them in.`, ticket: claimed, checkedInAt: claimed.checkedInAt, checkedInBy: await this.users.findById(volunteerId) };
    }
    const ticket = await this.tickets.findByCode(code);
    if (!ticket) return notFound();
    if (ticket.eventId !== eventId) {
      const other = await this.events.findById(ticket.eventId);
      return refused(CheckInStatus.WRONG_EVENT, `Wrong event: this ticket is for ${other?.title ?? 'another event'}.`, ticket);
    }
    if (ticket.status === TicketStatus.VOID) return refused(CheckInStatus.VOID, 'Void ticket: it was refunded or the event was cancelled. Do not let them in.', ticket);
    const by = ticket.checkedInById ? await this.users.findById(ticket.checkedInById) : null;
    const when = ticket.checkedInAt ? await this.localTime(ticket) : 'an earlier scan';
    return {
      status: CheckInStatus.ALREADY_CHECKED_IN,
      message: `Already checked in at ${when}${by ? ` by ${by.name}` : ''}.`,
      ticket,
      checkedInAt: ticket.checkedInAt,
      checkedInBy: by,
    };
  }

  /** The first check-in's time, in the venue's time zone. */
  private async localTime(ticket: Ticket): Promise<string> {
    const event = await this.events.findById(ticket.eventId);
    return ticket.checkedInAt!.toLocaleTimeString('en-GB', { timeZone: event?.timeZone ?? 'UTC', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }
}

function notFound(): CheckInResult {
  return { status: CheckInStatus.NOT_FOUND, message: 'No ticket has this code. Check it and try again.', ticket: null, checkedInAt: null, checkedInBy: null };
}

function refused(status: CheckInStatus, message: string, ticket: Ticket): CheckInResult {
  return { status, message, ticket, checkedInAt: ticket.checkedInAt, checkedInBy: null };
}
