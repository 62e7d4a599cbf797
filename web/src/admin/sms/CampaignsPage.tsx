import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import { Badge } from '../../ui/Badge';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { Page } from '../../ui/Page';
import { ProgressBar } from '../../ui/ProgressBar';

const AdminCampaignsDoc = graphql(`
  query AdminCampaigns($first: Int, $after: String) {
    smsCampaigns(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CampaignFields
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** Every SMS campaign, newest first, with how far its sending got. */
export function CampaignsPage() {
  const list = useConnectionQuery(AdminCampaignsDoc, { first: PAGE_SIZE }, (data) => data.smsCampaigns);

  return (
    <Page
      title="Campaigns"
      description="Texts sent to an audience of leads. Open one to follow its sending live and see every recipient’s status."
      actions={
        <Link to="/admin/campaigns/new" className="btn btn-primary">
          New campaign
        </Link>
      }
    >
      <ConnectionList
        {...list}
        loadingLabel="Loading campaigns…"
        noun={['campaign', 'campaigns']}
        empty={
          <EmptyState title="No campaigns yet">
            <Link to="/admin/campaigns/new">Write the first one</Link>: choose an audience, see exactly how many people it reaches, then send.
          </EmptyState>
        }
      >
        {(campaigns, stale) => (
          <div className={`table-wrap${stale ? ' is-stale' : ''}`}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Campaign</th>
                  <th scope="col">Progress</th>
                  <th scope="col">Sent</th>
                  <th scope="col">Failed</th>
                  <th scope="col">Skipped</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {campaigns.edges.map(({ node: campaign }) => {
                  const { stats } = campaign;
                  const done = stats.recipients - stats.pending;
                  const percent = stats.recipients ? (done / stats.recipients) * 100 : 0;
                  return (
                    <tr key={campaign.id}>
                      <td data-label="Campaign">
                        <div className="user-cell campaign-cell">
                          <Link to={`/admin/campaigns/${campaign.id}`} className="lead-link">
                            {campaign.name}
                          </Link>
                          <span className="muted campaign-excerpt">{campaign.body}</span>
                        </div>
                      </td>
                      <td data-label="Progress">
                        {stats.recipients === 0 ? (
                          <Badge tone="neutral">No recipients yet</Badge>
                        ) : stats.pending === 0 ? (
                          <Badge tone="success">Done</Badge>
                        ) : (
                          <div className="cell-progress">
                            <ProgressBar percent={percent} label={`Progress of ${campaign.name}`} tone="info" />
                            <span className="nowrap">
                              {done.toLocaleString()} / {stats.recipients.toLocaleString()}
                            </span>
                          </div>
                        )}
                      </td>
                      <td data-label="Sent">{stats.sent.toLocaleString()}</td>
                      <td data-label="Failed">{stats.failed ? <strong className="text-danger">{stats.failed.toLocaleString()}</strong> : 0}</td>
                      <td data-label="Skipped">{stats.skipped.toLocaleString()}</td>
                      <td data-label="Created">
                        <DateTime value={campaign.createdAt} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </ConnectionList>
    </Page>
  );
}
