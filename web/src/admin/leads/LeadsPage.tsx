import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { graphql } from '../../generated';
import type { JobFieldsFragment } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { humanize } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { Page } from '../../ui/Page';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { LiveJob } from '../jobs/LiveJob';
import { useLiveJob } from '../jobs/useLiveJob';
import { useEventChoices } from './EventSelect';
import { EventSignupLink } from './EventSignupLink';
import { filterFromParams, filterToParams, isFiltered, toLeadFilter, type LeadFilterState } from './lead-filter';
import { LeadFilters } from './LeadFilters';
import { LeadTextsBadge } from './LeadTextsBadge';

const AdminLeadsDoc = graphql(`
  query AdminLeads(
    $first: Int
    $after: String
    $search: String
    $eventId: ID
    $interest: String
    $optedIn: Boolean
    $createdFrom: DateTimeISO
    $createdTo: DateTimeISO
  ) {
    leads(
      first: $first
      after: $after
      search: $search
      eventId: $eventId
      interest: $interest
      optedIn: $optedIn
      createdFrom: $createdFrom
      createdTo: $createdTo
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          email
          phone
          zip
          source
          consentSms
          optedOut
          createdAt
        }
      }
    }
  }
`);

const StartLeadExportDoc = graphql(`
  mutation StartLeadExport($filter: LeadFilter) {
    startLeadExport(filter: $filter) {
      ...JobFields
    }
  }
`);

const PAGE_SIZE = 25;

export function LeadsPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const search = useDebouncedValue(filter.search.trim());
  const variables = { first: PAGE_SIZE, ...toLeadFilter({ ...filter, search }) };
  const list = useConnectionQuery(AdminLeadsDoc, variables, (data) => data.leads);
  // Not cached: the worker's pushed progress can overtake this answer (see useLiveJob).
  const [startExport, exporting] = useMutation(StartLeadExportDoc, { fetchPolicy: 'no-cache' });
  const [exportJob, setExportJob] = useState<JobFieldsFragment | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const liveExport = useLiveJob(exportJob?.id ?? null, exportJob);
  const events = useEventChoices();
  const filteredEvent = filter.eventId ? events?.find((event) => event.id === filter.eventId) : null;

  const setFilter = (next: LeadFilterState) => setParams(filterToParams(next), { replace: true, preventScrollReset: true });

  const onExport = async () => {
    setExportError(null);
    try {
      const { data: started } = await startExport({ variables: { filter: toLeadFilter(filter) } });
      if (started) setExportJob(started.startLeadExport);
    } catch (err) {
      setExportError(errorMessage(err));
    }
  };

  return (
    <Page
      title="Leads"
      description="Fans who signed up for news and texts, or came in through an import. Open a lead to read and answer their texts."
      actions={
        <>
          <Link to="/admin/leads/interests" className="btn btn-ghost">
            Interests
          </Link>
          <Link to="/admin/leads/import" className="btn btn-secondary">
            Import CSV
          </Link>
          <Button variant="primary" onClick={onExport} busy={exporting.loading}>
            {isFiltered(filter) ? 'Export these leads' : 'Export all leads'}
          </Button>
        </>
      }
    >
      <LeadFilters value={filter} onChange={setFilter} />
      {filteredEvent && <EventSignupLink event={filteredEvent} />}

      {exportError && <Alert kind="error" title="The export did not start">{exportError}</Alert>}
      {liveExport.job && <LiveJob job={liveExport.job} live={liveExport.live} title="Leads export" downloadLabel="Download the CSV" cancelQuestion="No file is made." />}

      <ConnectionList
        {...list}
        loadingLabel="Loading leads…"
        noun={['lead', 'leads']}
        empty={
          <EmptyState title={isFiltered(filter) ? 'No leads match these filters' : 'No leads yet'}>
            {isFiltered(filter) ? (
              'Try fewer filters.'
            ) : (
              <>
                Share the <Link to="/signup">signup form</Link>, or <Link to="/admin/leads/import">import a CSV</Link>.
              </>
            )}
          </EmptyState>
        }
      >
        {(leads, stale) => (
          <div className={`table-wrap${stale ? ' is-stale' : ''}`}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Lead</th>
                  <th scope="col">Phone</th>
                  <th scope="col">ZIP</th>
                  <th scope="col">Texts</th>
                  <th scope="col">Source</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {leads.edges.map(({ node: lead }) => (
                  <tr key={lead.id}>
                    <td data-label="Lead">
                      <div className="user-cell">
                        <Link to={`/admin/leads/${lead.id}`} className="lead-link">
                          {lead.name || lead.email || lead.phone || 'Unnamed lead'}
                        </Link>
                        {lead.name && lead.email && <span className="muted">{lead.email}</span>}
                      </div>
                    </td>
                    <td data-label="Phone" className="nowrap">
                      {lead.phone ?? <span className="muted">—</span>}
                    </td>
                    <td data-label="ZIP">{lead.zip ?? <span className="muted">—</span>}</td>
                    <td data-label="Texts">
                      <LeadTextsBadge lead={lead} />
                    </td>
                    <td data-label="Source">{humanize(lead.source)}</td>
                    <td data-label="Created">
                      <DateTime value={lead.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ConnectionList>
    </Page>
  );
}
