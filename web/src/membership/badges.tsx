import type { BillingInterval, MembershipStatus } from '../generated/graphql';
import { Badge, type Tone } from '../ui/Badge';

const STATUS_TONE: Record<MembershipStatus, Tone> = { TRIALING: 'info', ACTIVE: 'success', PAST_DUE: 'warning', CANCELED: 'neutral', INCOMPLETE: 'warning', PAUSED: 'neutral' };
const STATUS_LABEL: Record<MembershipStatus, string> = {
  TRIALING: 'Trialing',
  ACTIVE: 'Active',
  PAST_DUE: 'Past due',
  CANCELED: 'Canceled',
  INCOMPLETE: 'Awaiting payment',
  PAUSED: 'Paused',
};

export function MembershipStatusBadge({ status }: { status: MembershipStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Badge>;
}

/** "Monthly", "Yearly". */
export const intervalLabel = (interval: BillingInterval) => (interval === 'MONTH' ? 'Monthly' : 'Yearly');

/** "month", "year": what a price is per. */
export const intervalUnit = (interval: BillingInterval) => (interval === 'MONTH' ? 'month' : 'year');
