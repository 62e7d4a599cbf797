import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { graphql } from '../../generated';
import type { TestCheckoutOutcome } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { intervalLabel, intervalUnit } from '../../membership/badges';
import { perkLines } from '../../membership/plan-price';
import { Alert } from '../../ui/Alert';
import { Badge, humanize } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { formatMoney } from '../../ui/money';
import { Page } from '../../ui/Page';
import { TestModeBanner } from '../../ui/TestModeBanner';

const TestMembershipCheckoutDoc = graphql(`
  query TestMembershipCheckout($id: ID!) {
    membershipCheckout(id: $id) {
      id
      status
      interval
      amountCents
      currency
      trialDays
      expiresAt
      paymentUrl
      plan {
        id
        name
        perks
      }
    }
  }
`);

const CompleteTestMembershipCheckoutDoc = graphql(`
  mutation CompleteTestMembershipCheckout($checkoutId: ID!, $outcome: TestCheckoutOutcome!) {
    completeTestMembershipCheckout(checkoutId: $checkoutId, outcome: $outcome) {
      id
      status
      membershipId
    }
  }
`);

/**
 * The built-in stand-in for Stripe Checkout in subscription mode (the server's paymentUrl when it
 * has no Stripe key): start the membership or give up, through completeTestMembershipCheckout,
 * which runs the same code as Stripe's webhooks.
 */
export function TestMembershipCheckoutPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(TestMembershipCheckoutDoc, { variables: { id }, fetchPolicy: 'network-only' });
  const [complete, completing] = useMutation(CompleteTestMembershipCheckoutDoc, { refetchQueries: ['MyMembership'], awaitRefetchQueries: true });
  const [chosen, setChosen] = useState<TestCheckoutOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const checkout = data?.membershipCheckout;

  const finish = async (outcome: TestCheckoutOutcome) => {
    setChosen(outcome);
    setFailure(null);
    try {
      await complete({ variables: { checkoutId: id, outcome } });
      await navigate(`/membership?checkout=${outcome === 'COMPLETED' ? 'success' : 'cancelled'}`, { replace: true });
    } catch (err) {
      setFailure(errorMessage(err));
      void refetch();
    }
  };

  let body;
  if (!checkout) {
    body = loading ? (
      <Loading label="Loading the checkout…" />
    ) : error ? (
      <ErrorState error={error} onRetry={() => void refetch()} />
    ) : (
      <div className="card notice">
        <p className="notice-lead">There is no membership checkout of yours here.</p>
        <p>
          <Link to="/membership" className="btn btn-primary">
            See the plans
          </Link>
        </p>
      </div>
    );
  } else {
    const price = `${formatMoney(checkout.amountCents, checkout.currency)} / ${intervalUnit(checkout.interval)}`;
    const payable = checkout.status === 'OPEN' && checkout.paymentUrl !== null;
    body = (
      <div className="card test-checkout">
        <div className="card-head">
          <div>
            <h2 className="card-title">{checkout.plan.name}</h2>
            <p className="muted">{intervalLabel(checkout.interval)} membership</p>
          </div>
          <Badge tone={checkout.status === 'COMPLETED' ? 'success' : checkout.status === 'OPEN' ? 'warning' : 'neutral'}>{humanize(checkout.status)}</Badge>
        </div>
        <dl className="summary" aria-label="Membership summary">
          <div>
            <dt>{checkout.plan.name}</dt>
            <dd>{price}</dd>
          </div>
          {checkout.trialDays > 0 && (
            <div className="summary-discount">
              <dt>Free trial</dt>
              <dd>{checkout.trialDays} days</dd>
            </div>
          )}
          <div className="summary-total">
            <dt>Due today</dt>
            <dd>{formatMoney(checkout.trialDays > 0 ? 0 : checkout.amountCents, checkout.currency)}</dd>
          </div>
        </dl>
        {perkLines(checkout.plan.perks).length > 0 && <p className="muted">Includes: {perkLines(checkout.plan.perks).join(' · ')}</p>}
        {failure && <Alert kind="error">{failure}</Alert>}
        {payable ? (
          <>
            <p className="muted">
              Open until <DateTime value={checkout.expiresAt} />. {checkout.trialDays > 0 ? `After the trial, ${price}.` : `Renews at ${price} until cancelled.`}
            </p>
            <div className="test-checkout-actions">
              <Button variant="primary" className="btn-large" busy={completing.loading && chosen === 'COMPLETED'} disabled={completing.loading} onClick={() => finish('COMPLETED')}>
                {checkout.trialDays > 0 ? 'Start the free trial (test)' : `Subscribe · ${formatMoney(checkout.amountCents, checkout.currency)} (test)`}
              </Button>
              <Button variant="danger" busy={completing.loading && chosen === 'ABANDONED'} disabled={completing.loading} onClick={() => finish('ABANDONED')}>
                Cancel and go back
              </Button>
            </div>
          </>
        ) : (
          <p className="row">
            <span className="muted">{checkout.status === 'COMPLETED' ? 'This membership has started.' : 'This checkout can no longer be paid.'}</span>
            <Link to="/membership" className="btn btn-secondary">
              {checkout.status === 'COMPLETED' ? 'My membership' : 'See the plans'}
            </Link>
          </p>
        )}
      </div>
    );
  }

  return (
    <Page title="Test checkout" description="Start the membership as a fan would, without a card." width="narrow">
      <TestModeBanner />
      {body}
    </Page>
  );
}
