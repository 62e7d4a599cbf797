import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useViewer } from '../../app/useSession';
import { graphql } from '../../generated';
import type { BillingInterval, PublicPlanFieldsFragment } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { intervalUnit } from '../../membership/badges';
import { perkLines, priceFor, yearlySaving } from '../../membership/plan-price';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { formatMoney } from '../../ui/money';
import { Page } from '../../ui/Page';
import { useFollowUrl } from '../../ui/useFollowUrl';
import { MyMembershipCard } from './MyMembershipCard';
import { useMyMembership } from './useMyMembership';

export const PublicPlanFieldsDoc = graphql(`
  fragment PublicPlanFields on Plan {
    id
    name
    description
    perks
    currency
    monthlyPriceCents
    yearlyPriceCents
    trialDays
  }
`);

const MembershipPlansDoc = graphql(`
  query MembershipPlans {
    plans {
      ...PublicPlanFields
    }
  }
`);

const StartMembershipCheckoutDoc = graphql(`
  mutation StartMembershipCheckout($planId: ID!, $interval: BillingInterval!) {
    startMembershipCheckout(planId: $planId, interval: $interval) {
      id
      paymentUrl
    }
  }
`);

function IntervalToggle({ value, onChange, saving }: { value: BillingInterval; onChange: (value: BillingInterval) => void; saving: number | null }) {
  return (
    <div className="segmented" role="radiogroup" aria-label="Billing">
      {(['MONTH', 'YEAR'] as const).map((interval) => (
        <button key={interval} type="button" role="radio" aria-checked={value === interval} className={value === interval ? 'active' : ''} onClick={() => onChange(interval)}>
          {interval === 'MONTH' ? 'Monthly' : 'Yearly'}
          {interval === 'YEAR' && saving !== null && <span className="segmented-note">save up to {saving}%</span>}
        </button>
      ))}
    </div>
  );
}

function PlanCard({
  plan,
  interval,
  action,
}: {
  plan: PublicPlanFieldsFragment;
  interval: BillingInterval;
  action: ReactNode;
}) {
  const price = priceFor(plan, interval);
  const perks = perkLines(plan.perks);
  const saving = interval === 'YEAR' ? yearlySaving(plan) : null;
  return (
    <li className="plan" aria-label={plan.name}>
      <div className="plan-head">
        <h2 className="plan-name">{plan.name}</h2>
        {plan.trialDays > 0 && <Badge tone="brand">{plan.trialDays}-day free trial</Badge>}
      </div>
      {price === null ? (
        <p className="plan-price plan-price-none">Not offered {interval === 'MONTH' ? 'monthly' : 'yearly'}</p>
      ) : (
        <p className="plan-price">
          <strong>{formatMoney(price, plan.currency)}</strong>
          <span className="muted"> / {intervalUnit(interval)}</span>
        </p>
      )}
      <p className="plan-price-note muted">
        {interval === 'YEAR' && price !== null
          ? `${formatMoney(Math.round(price / 12), plan.currency)} a month, billed yearly${saving ? ` · save ${saving}%` : ''}`
          : interval === 'MONTH' && plan.monthlyPriceCents != null
            ? 'Billed monthly, cancel any time'
            : ' '}
      </p>
      {plan.description && <p className="plan-description">{plan.description}</p>}
      {perks.length > 0 && (
        <ul className="plan-perks" aria-label={`${plan.name} perks`}>
          {perks.map((perk) => (
            <li key={perk}>
              <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
                <path d="M5 10.5l3.2 3L15 6.5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
              {perk}
            </li>
          ))}
        </ul>
      )}
      <div className="plan-action">{action}</div>
    </li>
  );
}

/**
 * Memberships on offer, monthly or yearly, and the way in: Join starts a checkout and goes to
 * where it is paid (Stripe, or the TEST MODE page). A member sees their membership above the plans.
 */
export function MembershipPage() {
  const viewer = useViewer();
  const location = useLocation();
  const [params] = useSearchParams();
  const followUrl = useFollowUrl();
  const plans = useQuery(MembershipPlansDoc, { fetchPolicy: 'cache-and-network' });
  const mine = useMyMembership();
  const [interval, setInterval] = useState<BillingInterval>('MONTH');
  const [joining, setJoining] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [start] = useMutation(StartMembershipCheckoutDoc);
  const membership = mine.membership;
  const isMember = membership?.isMember ?? false;
  const list = plans.data?.plans ?? [];
  const savings = list.map(yearlySaving).filter((value): value is number => value !== null);
  const saving = savings.length > 0 ? Math.max(...savings) : null;
  const next = encodeURIComponent(location.pathname);
  const checkout = params.get('checkout');

  const join = async (planId: string) => {
    setFailure(null);
    setJoining(planId);
    try {
      const { data } = await start({ variables: { planId, interval } });
      const url = data?.startMembershipCheckout.paymentUrl;
      if (url) await followUrl(url);
      else setFailure('This checkout can no longer be paid. Try again.');
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setJoining(null);
    }
  };

  const actionFor = (plan: PublicPlanFieldsFragment) => {
    const offered = priceFor(plan, interval) !== null;
    if (!viewer) {
      return (
        <Link to={`/sign-in?next=${next}`} className="btn btn-primary btn-block">
          Sign in to join
        </Link>
      );
    }
    if (isMember) {
      const current = membership?.plan.id === plan.id && membership.interval === interval;
      return (
        <Button className="btn-block" disabled>
          {current ? 'Your plan' : 'Switch in Manage billing'}
        </Button>
      );
    }
    return (
      <Button variant="primary" className="btn-block" disabled={!offered || joining !== null} busy={joining === plan.id} onClick={() => join(plan.id)}>
        {plan.trialDays > 0 && membership === null ? `Start free trial` : `Join ${plan.name}`}
      </Button>
    );
  };

  let body;
  if (plans.data) {
    body =
      list.length === 0 ? (
        <EmptyState title="No memberships on offer yet">Check back soon: the club is putting its plans together.</EmptyState>
      ) : (
        <>
          <div className="plans-bar">
            <IntervalToggle value={interval} onChange={setInterval} saving={saving} />
          </div>
          {failure && <Alert kind="error">{failure}</Alert>}
          <ul className="plans" aria-label="Plans">
            {list.map((plan) => (
              <PlanCard key={plan.id} plan={plan} interval={interval} action={actionFor(plan)} />
            ))}
          </ul>
          <p className="muted plans-footnote">Free trials are for first-time members: nothing is charged until the trial ends, and you can cancel before then.</p>
        </>
      );
  } else if (plans.loading) {
    body = <Loading label="Loading the plans…" />;
  } else {
    body = <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  }

  return (
    <Page title="Membership" description="Support the club every month or every year, and get member presales and member prices on tickets.">
      {checkout === 'success' && (
        <Alert kind="success" title="Welcome aboard!">
          Your membership has started. Member presales and member prices apply to your next tickets.
        </Alert>
      )}
      {checkout === 'cancelled' && <Alert kind="info" title="No membership was started">Nothing was charged. Pick a plan whenever you are ready.</Alert>}
      {membership && <MyMembershipCard membership={membership} />}
      {body}
    </Page>
  );
}
