import type { SmsStatus } from '../../generated/graphql';
import { Badge, humanize, type Tone } from '../../ui/Badge';

const STATUS_TONE: Record<SmsStatus, Tone> = {
  PENDING: 'neutral',
  QUEUED: 'info',
  SENDING: 'info',
  SENT: 'success',
  DELIVERED: 'success',
  UNDELIVERED: 'danger',
  FAILED: 'danger',
  CAPTURED: 'brand',
  SKIPPED: 'warning',
  RECEIVED: 'neutral',
};

export const SMS_STATUS_HINT: Record<SmsStatus, string> = {
  PENDING: 'Saved; waiting to be handed to the sender.',
  QUEUED: 'Waiting to be sent.',
  SENDING: 'Being sent.',
  SENT: 'Accepted by Twilio.',
  DELIVERED: 'Delivered to the phone.',
  UNDELIVERED: 'The carrier could not deliver it.',
  FAILED: 'Could not be sent.',
  CAPTURED: 'Kept in the outbox because Twilio is not configured (test mode).',
  SKIPPED: 'Not sent: the number opted out.',
  RECEIVED: 'Received from the fan.',
};

export function SmsStatusBadge({ status }: { status: SmsStatus }) {
  return (
    <span title={SMS_STATUS_HINT[status]}>
      <Badge tone={STATUS_TONE[status]}>{humanize(status)}</Badge>
    </span>
  );
}
