import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import type { MyMembershipFieldsFragment } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { intervalLabel, intervalUnit, MembershipStatusBadge } from '../../membership/badges';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { formatMoney } from '../../ui/money';
import { useFollowUrl } from '../../ui/useFollowUrl';

export const MyMembershipFieldsDoc = graphql(`
  fragment MyMembershipFields on Membership {
    id
    status
    isMember
    interval
    amountCents
    currency
    currentPeriodEnd
    cancelAtPeriodEnd
    trialEndsAt
    endedAt
    testMode
    plan {
      id
      name
    }
  }
`);

export const MyMembershipDoc = graphql(`
  query MyMembership {
    myMembership {
      ...MyMembershipFields
    }
  }
`);

const OpenBillingPortalDoc = graphql(`
  mutation OpenBillingPortal {
    openBillingPortal
  }
`);

/** What the renewal line says: when it renews, when it ends, or when the trial ends. */
function periodLine(membership: MyMembershipFieldsFragment) {
  const { status, currentPeriodEnd, cancelAtPeriodEnd, endedAt, trialEndsAt } = membership;
  if (status === 'CANCELED') return { label: 'Ended', value: endedAt };
  if (cancelAtPeriodEnd) return { label: 'Ends', value: currentPeriodEnd };
  if (status === 'TRIALING') return { label: 'Trial ends', value: trialEndsAt ?? currentPeriodEnd };
  return { label: 'Renews', value: currentPeriodEnd };
}

/**
 * The fan's membership: plan, status, price, renewal or end date, and the way to the billing
 * portal (Stripe's, or the TEST MODE page) where it is cancelled or switched.
 */
export function MyMembershipCard({ membership, manage = true }: { membership: MyMembershipFieldsFragment; manage?: boolean }) {
  const titleId = useId();
  const followUrl = useFollowUrl();
  const [open, opening] = useMutation(OpenBillingPortalDoc);
  const [failure, setFailure] = useState<string | null>(null);
  const period = periodLine(membership);
  const ended = membership.status === 'CANCELED';

  const manageBilling = async () => {
    setFailure(null);
    try {
      const { data } = await open();
      if (data) await followUrl(data.openBillingPortal);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <section className="card membership-card" aria-labelledby={titleId}>
      <div className="card-head">
        <div>
          <p className="membership-kicker">My membership</p>
          <h2 className="card-title" id={titleId}>
            {membership.plan.name}
          </h2>
        </div>
        <div className="row row-tight">
          {membership.testMode && <Badge tone="warning">Test mode</Badge>}
          <MembershipStatusBadge status={membership.status} />
        </div>
      </div>
      {membership.status === 'PAST_DUE' && (
        <Alert kind="warning" title="Your last payment did not go through">
          Your perks continue while the payment is retried. Update your payment method in Manage billing.
        </Alert>
      )}
      {membership.cancelAtPeriodEnd && !ended && (
        <Alert kind="info" title="Set to end">
          Your membership ends on <DateTime value={membership.currentPeriodEnd} style="date" /> and will not renew. Your perks last until then.
        </Alert>
      )}
      <dl className="details">
        <div>
          <dt>Billing</dt>
          <dd>
            {intervalLabel(membership.interval)} · {formatMoney(membership.amountCents, membership.currency)} / {intervalUnit(membership.interval)}
          </dd>
        </div>
        <div>
          <dt>{period.label}</dt>
          <dd>
            <DateTime value={period.value} style="date" />
          </dd>
        </div>
      </dl>
      {failure && <Alert kind="error">{failure}</Alert>}
      {manage && (
        <div className="row">
          {ended ? (
            <Link to="/membership" className="btn btn-primary">
              Join again
            </Link>
          ) : (
            <Button variant="primary" busy={opening.loading} onClick={manageBilling}>
              Manage billing
            </Button>
          )}
          {!ended && <span className="muted">Cancel, switch plan or update how you pay.</span>}
        </div>
      )}
    </section>
  );
}
