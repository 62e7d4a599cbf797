import { useId } from 'react';
import { Link } from 'react-router-dom';
import { LoadingOrError } from '../../ui/ErrorState';
import { MyMembershipCard } from './MyMembershipCard';
import { useMyMembership } from './useMyMembership';

/** The account page's membership: the card when there is one, else the way to the plans. */
export function MembershipSection() {
  const { membership, data, loading, error, refetch } = useMyMembership();
  const titleId = useId();
  if (membership) return <MyMembershipCard membership={membership} />;
  if (!data) return <LoadingOrError loading={loading} label="Loading your membership…" error={error} onRetry={() => void refetch()} />;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 className="card-title" id={titleId}>
        My membership
      </h2>
      <p className="muted">You are not a member yet. Members get presale access and member prices on tickets.</p>
      <p>
        <Link to="/membership" className="btn btn-primary">
          See the plans
        </Link>
      </p>
    </section>
  );
}
