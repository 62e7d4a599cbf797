import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useLocation } from 'react-router-dom';
import { useSignOut } from '../../app/useSignOut';
import { graphql } from '../../generated';
import { Alert } from '../../ui/Alert';
import { Badge, humanize } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { MembershipSection } from '../membership/MembershipSection';
import { ApiTokens } from './ApiTokens';

const MyAccountDoc = graphql(`
  query MyAccount {
    me {
      ...ViewerFields
    }
  }
`);

export function AccountPage() {
  const { data, loading, error, refetch } = useQuery(MyAccountDoc, { fetchPolicy: 'cache-and-network' });
  const { signOut, signingOut } = useSignOut();
  const location = useLocation();
  const welcome = (location.state as { welcome?: boolean } | null)?.welcome === true;
  const me = data?.me;
  const profileId = useId();

  return (
    <Page
      title="My account"
      actions={
        <Button onClick={signOut} busy={signingOut}>
          Sign out
        </Button>
      }
    >
      {welcome && me && <Alert kind="success" title={`Welcome to Matchday, ${me.name}!`}>Your account is ready.</Alert>}
      {me ? (
        <section className="card" aria-labelledby={profileId}>
          <h2 className="card-title" id={profileId}>
            Profile
          </h2>
          <dl className="details">
            <div>
              <dt>Name</dt>
              <dd>{me.name}</dd>
            </div>
            <div>
              <dt>Email</dt>
              <dd>{me.email}</dd>
            </div>
            <div>
              <dt>Role</dt>
              <dd>
                <Badge tone={me.role === 'ADMIN' ? 'brand' : 'neutral'}>{humanize(me.role)}</Badge>
              </dd>
            </div>
            <div>
              <dt>Member since</dt>
              <dd>
                <DateTime value={me.createdAt} style="date" />
              </dd>
            </div>
            <div>
              <dt>Last sign-in</dt>
              <dd>
                <DateTime value={me.lastSignInAt} fallback="Never" />
              </dd>
            </div>
          </dl>
        </section>
      ) : loading ? (
        <Loading label="Loading your account…" />
      ) : (
        <ErrorState error={error} onRetry={() => void refetch()} />
      )}
      <MembershipSection />
      <ApiTokens />
    </Page>
  );
}
