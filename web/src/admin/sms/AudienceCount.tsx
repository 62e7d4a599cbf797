import { useQuery } from '@apollo/client/react';
import { graphql } from '../../generated';
import type { LeadFilter } from '../../generated/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { Spinner } from '../../ui/Loading';

const CampaignAudienceDoc = graphql(`
  query CampaignAudience($filter: LeadFilter) {
    leadCampaignAudienceCount(filter: $filter) {
      matching
      optedOut
      recipients
    }
  }
`);

/** The exact audience of a campaign to `filter`, as the server counts it now. */
export function useAudienceCount(filter: LeadFilter) {
  const { data, previousData, loading, error, refetch } = useQuery(CampaignAudienceDoc, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  return { count: (data ?? previousData)?.leadCampaignAudienceCount ?? null, loading, error, refetch };
}

export function AudienceCount({ audience }: { audience: ReturnType<typeof useAudienceCount> }) {
  const { count, loading, error, refetch } = audience;
  if (!count) return loading ? <Spinner /> : <ErrorState error={error} title="The audience could not be counted" onRetry={() => void refetch()} />;
  return (
    <div className={`audience${loading ? ' is-stale' : ''}`} aria-live="polite">
      <p className="audience-count">
        <strong>{count.recipients.toLocaleString()}</strong> {count.recipients === 1 ? 'person gets' : 'people get'} this text
      </p>
      <p className="muted">
        {count.matching.toLocaleString()} {count.matching === 1 ? 'lead matches' : 'leads match'} with a phone and SMS consent
        {count.optedOut > 0 && <>; {count.optedOut.toLocaleString()} opted out and will be skipped</>}.
      </p>
    </div>
  );
}
