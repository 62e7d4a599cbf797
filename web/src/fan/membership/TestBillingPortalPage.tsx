import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import type { BillingInterval } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { intervalLabel, intervalUnit } from '../../membership/badges';
import { priceFor } from '../../membership/plan-price';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateTime } from '../../ui/DateTime';
import { LoadingOrError } from '../../ui/ErrorState';
import { SelectField } from '../../ui/Field';
import { formatMoney } from '../../ui/money';
import { Page } from '../../ui/Page';
import { TestModeBanner } from '../../ui/TestModeBanner';
import { MyMembershipCard } from './MyMembershipCard';

const TestBillingPortalDoc = graphql(`
  query TestBillingPortal {
    myMembership {
      ...MyMembershipFields
    }
    plans {
      id
      name
      currency
      monthlyPriceCents
      yearlyPriceCents
    }
  }
`);

const SetTestCancelDoc = graphql(`
  mutation SetTestMembershipCancelAtPeriodEnd($cancel: Boolean!) {
    setTestMembershipCancelAtPeriodEnd(cancel: $cancel) {
      ...MyMembershipFields
    }
  }
`);

const SwitchTestPlanDoc = graphql(`
  mutation SwitchTestMembershipPlan($planId: ID!, $interval: BillingInterval!) {
    switchTestMembershipPlan(planId: $planId, interval: $interval) {
      ...MyMembershipFields
    }
  }
`);

/**
 * The built-in stand-in for Stripe's customer portal (where openBillingPortal points without a
 * Stripe key): cancel at the end of the period (or change one's mind), or switch plan or interval.
 */
export function TestBillingPortalPage() {
  const { data, loading, error, refetch } = useQuery(TestBillingPortalDoc, { fetchPolicy: 'network-only' });
  const refetchQueries = ['MyMembership'];
  const [setCancel, cancelling] = useMutation(SetTestCancelDoc, { refetchQueries });
  const [switchPlan, switching] = useMutation(SwitchTestPlanDoc, { refetchQueries });
  const [confirming, setConfirming] = useState(false);
  const [choice, setChoice] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const switchId = useId();
  const cancelId = useId();
  const membership = data?.myMembership;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setFailure(null);
    setNotice(null);
    try {
      await action();
      setNotice(done);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  };

  const onCancel = async () => {
    await run(() => setCancel({ variables: { cancel: true } }), 'Your membership will end at the end of the current period.');
    setConfirming(false);
  };

  const onSwitch = async (submit: FormEvent<HTMLFormElement>) => {
    submit.preventDefault();
    const [planId, interval] = choice.split(':') as [string, BillingInterval];
    if (!planId) return setFailure('Choose the plan to switch to.');
    await run(() => switchPlan({ variables: { planId, interval } }), 'Plan switched: the new price applies from your next renewal.');
    setChoice('');
  };

  let body;
  if (!data) {
    body = <LoadingOrError loading={loading} label="Loading your membership…" error={error} onRetry={() => void refetch()} />;
  } else if (!membership || membership.status === 'CANCELED') {
    body = (
      <div className="card notice">
        <p className="notice-lead">{membership ? 'Your membership has ended.' : 'You have no membership to manage.'}</p>
        <p>
          <Link to="/membership" className="btn btn-primary">
            See the plans
          </Link>
        </p>
      </div>
    );
  } else {
    const options = data.plans.flatMap((plan) =>
      (['MONTH', 'YEAR'] as const)
        .filter((interval) => priceFor(plan, interval) !== null && !(plan.id === membership.plan.id && interval === membership.interval))
        .map((interval) => ({ value: `${plan.id}:${interval}`, label: `${plan.name} · ${intervalLabel(interval)} · ${formatMoney(priceFor(plan, interval)!, plan.currency)} / ${intervalUnit(interval)}` })),
    );
    body = (
      <>
        <MyMembershipCard membership={membership} manage={false} />
        {notice && <Alert kind="success">{notice}</Alert>}
        {failure && <Alert kind="error">{failure}</Alert>}
        <section className="card" aria-labelledby={switchId}>
          <h2 className="card-title" id={switchId}>
            Switch plan
          </h2>
          {options.length === 0 ? (
            <p className="muted">There is no other plan or interval to switch to.</p>
          ) : (
            <form className="inline-form" onSubmit={onSwitch} noValidate>
              <SelectField label="New plan" value={choice} onChange={(change) => setChoice(change.target.value)}>
                <option value="">Choose a plan…</option>
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </SelectField>
              <Button type="submit" busy={switching.loading} disabled={!choice}>
                Switch plan
              </Button>
            </form>
          )}
        </section>
        <section className="card" aria-labelledby={cancelId}>
          <h2 className="card-title" id={cancelId}>
            Cancel membership
          </h2>
          {membership.cancelAtPeriodEnd ? (
            <>
              <p>
                Your membership ends on <DateTime value={membership.currentPeriodEnd} style="date" />. Changed your mind?
              </p>
              <Button variant="primary" busy={cancelling.loading} onClick={() => run(() => setCancel({ variables: { cancel: false } }), 'Your membership will renew as before.')}>
                Keep my membership
              </Button>
            </>
          ) : (
            <>
              <p className="muted">
                Your membership stays until <DateTime value={membership.currentPeriodEnd} style="date" />, then ends without another payment.
              </p>
              <Button variant="danger" onClick={() => setConfirming(true)}>
                Cancel membership
              </Button>
            </>
          )}
        </section>
        <ConfirmDialog
          open={confirming}
          title="Cancel your membership?"
          confirmLabel="Cancel membership"
          cancelLabel="Keep it"
          tone="danger"
          busy={cancelling.loading}
          onConfirm={onCancel}
          onCancel={() => setConfirming(false)}
        >
          <p>
            Your perks last until <DateTime value={membership.currentPeriodEnd} style="date" />. Nothing more is charged.
          </p>
        </ConfirmDialog>
      </>
    );
  }

  return (
    <Page
      title="Billing"
      description="Manage your membership as you would in the payment provider’s portal."
      width="narrow"
      actions={
        <Link to="/membership" className="btn btn-secondary btn-small">
          Back to Matchday
        </Link>
      }
    >
      <TestModeBanner>No money moves. This page stands in for the payment provider’s billing portal because no Stripe key is configured.</TestModeBanner>
      {body}
    </Page>
  );
}
