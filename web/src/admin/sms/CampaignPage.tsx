import { useQuery } from '@apollo/client/react';
import { useEffect, useId } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { graphql } from '../../generated';
import type { JobFieldsFragment } from '../../generated/graphql';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState, LoadingOrError } from '../../ui/ErrorState';
import { LoadMore } from '../../ui/LoadMore';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useLoadMore } from '../../ui/useLoadMore';
import { LiveJob } from '../jobs/LiveJob';
import { useLiveJob } from '../jobs/useLiveJob';
import { eventDate, useEventChoices } from '../leads/EventSelect';
import { LeadInterestChoicesDoc } from '../leads/LeadFilters';
import { describeFilter } from './describe-filter';
import { SmsStatusBadge } from './SmsStatusBadge';

export const CampaignFieldsDoc = graphql(`
  fragment CampaignFields on SmsCampaign {
    id
    name
    body
    filter
    ratePerSecond
    jobId
    createdAt
    stats {
      recipients
      pending
      sent
      delivered
      failed
      skipped
    }
  }
`);

const AdminCampaignDoc = graphql(`
  query AdminCampaign($id: ID!) {
    smsCampaign(id: $id) {
      ...CampaignFields
    }
  }
`);

const CampaignRecipientsDoc = graphql(`
  query CampaignRecipients($campaignId: ID!, $first: Int, $after: String) {
    smsMessages(campaignId: $campaignId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          toPhone
          status
          error
          sentAt
          createdAt
          lead {
            id
            name
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

/** One campaign: its text and audience, live sending progress (sent, failed, skipped) and every recipient's status. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const startedJob = (location.state as { job?: JobFieldsFragment } | null)?.job ?? null;
  const { data, loading, error, refetch } = useQuery(AdminCampaignDoc, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const campaign = data?.smsCampaign;
  const { job, live } = useLiveJob(campaign?.jobId ?? startedJob?.id ?? null, startedJob);
  const recipients = useQuery(CampaignRecipientsDoc, { variables: { campaignId: id, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const interests = useQuery(LeadInterestChoicesDoc);
  const events = useEventChoices();
  const textId = useId();
  const recipientsId = useId();
  const list = (recipients.data ?? recipients.previousData)?.smsMessages;
  const { loadingMore, loadMore } = useLoadMore(recipients.fetchMore, list?.pageInfo.endCursor);
  const refetchCampaign = refetch;
  const refetchRecipients = recipients.refetch;

  // Each pushed step of the job is a moment to recount the recipients by status.
  useEffect(() => {
    if (job) void refetchCampaign();
  }, [job?.processed, job?.state, refetchCampaign]);
  useEffect(() => {
    if (job?.state === 'COMPLETED' || job?.state === 'FAILED' || job?.state === 'CANCELLED') void refetchRecipients();
  }, [job?.state, refetchRecipients]);

  const back = (
    <Link to="/admin/campaigns" className="btn btn-ghost">
      ← Campaigns
    </Link>
  );

  if (!campaign) {
    return (
      <Page title="Campaign" actions={back}>
        {loading ? (
          <Loading label="Loading the campaign…" />
        ) : error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <EmptyState title="There is no such campaign">The link may be incomplete.</EmptyState>
        )}
      </Page>
    );
  }

  const { stats } = campaign;
  const names = {
    interest: (key: string) => interests.data?.leadInterests.find((interest) => interest.key === key)?.label ?? key,
    event: (eventId: string) => {
      const event = events?.find((choice) => choice.id === eventId);
      return event ? `${event.title} (${eventDate(event)})` : eventId;
    },
  };

  return (
    <Page
      title={campaign.name}
      description={
        <>
          Created <DateTime value={campaign.createdAt} /> · up to {campaign.ratePerSecond} {campaign.ratePerSecond === 1 ? 'text' : 'texts'} a second
        </>
      }
      actions={back}
    >
      <ul className="stat-tiles" aria-label="Recipients by status">
        <Stat label="Recipients" value={stats.recipients} />
        <Stat label="Sent" value={stats.sent} tone="success" detail={stats.delivered ? `${stats.delivered.toLocaleString()} delivered` : undefined} />
        <Stat label="Failed" value={stats.failed} tone={stats.failed ? 'danger' : undefined} />
        <Stat label="Skipped" value={stats.skipped} tone={stats.skipped ? 'warning' : undefined} detail="opted out" />
        <Stat label="Waiting" value={stats.pending} />
      </ul>

      {job && <LiveJob job={job} live={live} title="SMS campaign" cancelQuestion="Texts already sent stay sent; nobody else is texted." />}

      <section className="card" aria-labelledby={textId}>
        <h2 className="card-title" id={textId}>
          Text and audience
        </h2>
        <p className="bubble bubble-out campaign-body">{campaign.body}</p>
        <ul className="tags">
          {describeFilter(campaign.filter, names).map((part) => (
            <li key={part} className="tag">
              {part}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={recipientsId} className="section-block">
        <h2 className="section-title" id={recipientsId}>
          Recipients
        </h2>
        {!list ? (
          <LoadingOrError loading={recipients.loading} label="Loading recipients…" error={recipients.error} onRetry={() => void refetchRecipients()} />
        ) : list.edges.length === 0 ? (
          <EmptyState title="No recipients yet">They are listed once the campaign starts sending.</EmptyState>
        ) : (
          <>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Lead</th>
                  <th scope="col">Number</th>
                  <th scope="col">Status</th>
                  <th scope="col">Sent</th>
                </tr>
              </thead>
              <tbody>
                {list.edges.map(({ node: text }) => (
                  <tr key={text.id}>
                    <td data-label="Lead">{text.lead ? <Link to={`/admin/leads/${text.lead.id}`}>{text.lead.name || text.toPhone}</Link> : <span className="muted">Removed</span>}</td>
                    <td data-label="Number" className="nowrap">
                      {text.toPhone}
                    </td>
                    <td data-label="Status">
                      <div className="status-cell">
                        <SmsStatusBadge status={text.status} />
                        {text.error && <span className="muted">{text.error}</span>}
                      </div>
                    </td>
                    <td data-label="Sent">
                      <DateTime value={text.sentAt} style="compact" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <LoadMore shown={list.edges.length} total={list.totalCount} hasMore={list.pageInfo.hasNextPage} loading={loadingMore} onLoadMore={loadMore} noun={['recipient', 'recipients']} />
          </>
        )}
      </section>
    </Page>
  );
}

function Stat({ label, value, tone, detail }: { label: string; value: number; tone?: 'success' | 'danger' | 'warning'; detail?: string }) {
  return (
    <li className={`stat-tile${tone ? ` stat-${tone}` : ''}`}>
      <span className="stat-label">{label}</span>
      <strong className="stat-value">{value.toLocaleString()}</strong>
      {detail && <span className="stat-detail muted">{detail}</span>}
    </li>
  );
}
