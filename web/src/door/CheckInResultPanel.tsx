import type { CheckInStatus, CheckInTicketMutation } from '../generated/graphql';
import { groupedCode } from '../ticketing/badges';

export type CheckIn = CheckInTicketMutation['checkInTicket'] & { code: string; at: number };

const HEADLINE: Record<CheckInStatus, string> = {
  OK: 'Let them in',
  ALREADY_CHECKED_IN: 'Already checked in',
  VOID: 'Void ticket',
  WRONG_EVENT: 'Wrong event',
  NOT_FOUND: 'Not found',
};

const ICON: Record<CheckInStatus, string> = { OK: '✓', ALREADY_CHECKED_IN: '!', VOID: '✕', WRONG_EVENT: '✕', NOT_FOUND: '?' };

/**
 * The answer to a scan, big enough to read at arm's length: green means in, anything else means
 * stop. The server's message says the rest (for a used ticket: when, on the venue's clock, and by whom).
 */
export function CheckInResultPanel({ result, onDismiss }: { result: CheckIn; onDismiss?: () => void }) {
  const { status, ticket } = result;
  return (
    <div className={`door-result door-result-${status.toLowerCase()}`} data-status={status} role="status" aria-live="assertive" onClick={onDismiss}>
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
        <p className="door-result-code">{groupedCode(ticket?.code ?? result.code)}</p>
      </div>
    </div>
  );
}
