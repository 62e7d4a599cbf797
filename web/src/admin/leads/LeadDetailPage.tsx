import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../generated';
import { Alert } from '../../ui/Alert';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState, LoadingOrError } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { eventDate } from './EventSelect';
import { filterToParams, NO_LEAD_FILTER } from './lead-filter';
import { LeadInterestChoicesDoc } from './LeadFilters';
import { LeadTextsBadge } from './LeadTextsBadge';
import { LeadThread } from './LeadThread';
import { ReplyBox } from './ReplyBox';

const AdminLeadDoc = graphql(`
  query AdminLead($id: ID!) {
    lead(id: $id) {
      id
      name
      email
      phone
      zip
      interests
      events {
        id
        title
        startsAt
        timeZone
      }
      source
      consentSms
      consentText
      consentAt
      consentIp
      optedOut
      createdAt
      updatedAt
      messages(last: 200) {
        ...SmsThreadMessage
      }
    }
  }
`);

/** Fans answer at any time (Twilio's webhook stores it): look for new texts this often. */
const THREAD_POLL_MS = 10_000;

const leadsOfEvent = (eventId: string) => `/admin/leads?${filterToParams({ ...NO_LEAD_FILTER, eventId }).toString()}`;

export function LeadDetailPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AdminLeadDoc, { variables: { id }, pollInterval: THREAD_POLL_MS, notifyOnNetworkStatusChange: false });
  const interests = useQuery(LeadInterestChoicesDoc);
  const detailsId = useId();
  const textsId = useId();
  const lead = data?.lead;
  const back = (
    <Link to="/admin/leads" className="btn btn-ghost">
      ← All leads
    </Link>
  );

  if (!data) {
    return (
      <Page title="Lead" actions={back}>
        <LoadingOrError loading={loading} label="Loading the lead…" error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!lead) {
    return (
      <Page title="Lead not found" actions={back}>
        <EmptyState title="There is no such lead">It may have been removed, or the link is incomplete.</EmptyState>
      </Page>
    );
  }

  const label = (key: string) => interests.data?.leadInterests.find((interest) => interest.key === key)?.label ?? key;

  return (
    <Page
      title={lead.name || lead.email || lead.phone || 'Unnamed lead'}
      description={
        <>
          {lead.source === 'SIGNUP' ? 'Signed up on the form' : 'Imported from a CSV'} <DateTime value={lead.createdAt} />
        </>
      }
      actions={back}
    >
      <div className="lead-layout">
        <section className="card lead-details" aria-labelledby={detailsId}>
          <h2 className="card-title" id={detailsId}>
            Details
          </h2>
          <dl className="details details-stacked">
            <div className="detail-wide">
              <dt>Email</dt>
              <dd>{lead.email ?? <span className="muted">—</span>}</dd>
            </div>
            <div>
              <dt>Phone</dt>
              <dd>{lead.phone ?? <span className="muted">—</span>}</dd>
            </div>
            <div>
              <dt>ZIP or postcode</dt>
              <dd>{lead.zip ?? <span className="muted">—</span>}</dd>
            </div>
            <div>
              <dt>Texts</dt>
              <dd>
                <LeadTextsBadge lead={lead} />
              </dd>
            </div>
            <div>
              <dt>Interests</dt>
              <dd>
                {lead.interests.length ? (
                  <ul className="tags">
                    {lead.interests.map((key) => (
                      <li key={key} className="tag">
                        {label(key)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">None ticked</span>
                )}
              </dd>
            </div>
            <div>
              <dt>Events</dt>
              <dd>
                {lead.events.length ? (
                  <ul className="plain-list">
                    {lead.events.map((event) => (
                      <li key={event.id}>
                        <Link to={leadsOfEvent(event.id)} title="Every lead from this event’s signup form">
                          {event.title}
                        </Link>{' '}
                        <span className="muted nowrap">{eventDate(event)}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">The general signup form</span>
                )}
              </dd>
            </div>
            <div>
              <dt>Last updated</dt>
              <dd>
                <DateTime value={lead.updatedAt} />
              </dd>
            </div>
          </dl>
          <div className="consent-record">
            <h3>SMS consent</h3>
            {lead.consentSms ? (
              <>
                <blockquote>{lead.consentText}</blockquote>
                <p className="muted">
                  Agreed <DateTime value={lead.consentAt} />
                  {lead.consentIp && <> from {lead.consentIp}</>}
                </p>
              </>
            ) : (
              <p className="muted">Not given: Matchday does not text this lead.</p>
            )}
          </div>
        </section>

        <section className="card conversation" aria-labelledby={textsId}>
          <h2 className="card-title" id={textsId}>
            Texts
          </h2>
          {error && <ErrorState error={error} title="New texts could not be loaded" onRetry={() => void refetch()} />}
          <LeadThread messages={lead.messages} />
          {lead.optedOut ? (
            <Alert kind="warning" title="This number opted out">
              It texted STOP, so Matchday cannot text it until it texts START.
            </Alert>
          ) : !lead.phone ? (
            <Alert kind="info">This lead has no phone number to text.</Alert>
          ) : (
            <ReplyBox leadId={lead.id} onSent={() => void refetch()} />
          )}
        </section>
      </div>
    </Page>
  );
}
