import type { CheckInStatus, CheckInTicketMutation } from '../generated/graphql';
import { groupedCode } from '../ticketing/badges';
import { formatInZone } from '../ui/EventTime';

export type CheckIn = CheckInTicketMutation['checkInTicket'] & { code: string; at: number };

const HEADLINE: Record<CheckInStatus, string> = {
  OK: 'Let them in',
  ALREADY_CHECKED_IN: 'Already checked in',
  VOID: 'Void ticket',
  WRONG_EVENT: 'Wrong event',
  NOT_FOUND: 'Not found',
};

const ICON: Record<CheckInStatus, string> = { OK: '✓', ALREADY_CHECKED_IN: '!', VOID: '✕', WRONG_EVENT: '✕', NOT_FOUND: '?' };

/** The answer to a scan, big enough to read at arm's length: green means in, anything else means stop. */
export function CheckInResultPanel({ result, timeZone }: { result: CheckIn; timeZone: string }) {
  const { status, ticket } = result;
  return (
    <div className={`door-result door-result-${status.toLowerCase()}`} data-status={status} role="status" aria-live="assertive">
      <span className="door-result-icon" aria-hidden="true">
        {ICON[status]}
      </span>
      <div className="door-result-text">
        <p className="door-result-headline">{HEADLINE[status]}</p>
        {ticket && (
          <p className="door-result-holder">
            {ticket.holderName} <span className="door-result-type">· {ticket.ticketType.name}</span>
          </p>
        )}
        <p className="door-result-message">{result.message}</p>
        {status === 'ALREADY_CHECKED_IN' && result.checkedInAt && (
          <p className="door-result-when">
            First in at {formatInZone(result.checkedInAt, timeZone)}
            {result.checkedInBy && <> by {result.checkedInBy.name}</>}
          </p>
        )}
        <p className="door-result-code">{groupedCode(ticket?.code ?? result.code)}</p>
      </div>
    </div>
  );
}
