import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import type { SmsDirection, SmsKind } from '../../generated/graphql';
import { Alert } from '../../ui/Alert';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { SmsStatusBadge } from './SmsStatusBadge';

const SmsMessagesDoc = graphql(`
  query AdminSmsMessages($first: Int, $after: String, $direction: SmsDirection, $phone: String) {
    smsMessages(first: $first, after: $after, direction: $direction, phone: $phone) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          direction
          kind
          body
          status
          error
          toPhone
          fromPhone
          createdAt
          sentAt
          lead {
            id
            name
          }
        }
      }
    }
  }
`);

const KIND: Record<SmsKind, string> = {
  CONFIRMATION: 'Signup confirmation',
  CAMPAIGN: 'Campaign',
  REPLY: 'Reply',
  AUTO_REPLY: 'HELP answer',
  INBOUND: 'Received',
  NOTICE: 'Account notice',
};

const PAGE_SIZE = 30;

/** Every text Matchday sent or holds, and the texts fans sent back. Without Twilio, texts stay here (Captured) instead of going out. */
export function SmsOutboxPage() {
  const [direction, setDirection] = useState<SmsDirection>('OUTBOUND');
  const [phone, setPhone] = useState('');
  const settledPhone = useDebouncedValue(phone.replace(/[^\d+]/g, ''));
  const list = useConnectionQuery(SmsMessagesDoc, { first: PAGE_SIZE, direction, phone: settledPhone || null }, (data) => data.smsMessages);
  const captured = list.connection?.edges.some((edge) => edge.node.status === 'CAPTURED');

  return (
    <Page title="SMS outbox" description="Every text Matchday has sent or is holding, and the texts fans sent back. Open a lead to answer them.">
      <div className="filters">
        <div className="segmented" role="group" aria-label="Which texts">
          <button type="button" aria-pressed={direction === 'OUTBOUND'} onClick={() => setDirection('OUTBOUND')}>
            Sent by Matchday
          </button>
          <button type="button" aria-pressed={direction === 'INBOUND'} onClick={() => setDirection('INBOUND')}>
            From fans
          </button>
        </div>
        <TextField
          className="field-grow"
          label="Phone number"
          type="search"
          inputMode="tel"
          placeholder="+14155552671"
          hint="The whole number with its country code."
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
        />
        <button type="button" className="btn btn-secondary" onClick={() => void list.refetch()}>
          Refresh
        </button>
      </div>

      {captured && direction === 'OUTBOUND' && (
        <Alert kind="info" title="Twilio is not configured">
          Texts are kept here (Captured) instead of being sent. Set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM to send them for real.
        </Alert>
      )}

      <ConnectionList
        {...list}
        loadingLabel="Loading texts…"
        noun={['text', 'texts']}
        empty={
          <EmptyState title={settledPhone ? `No texts ${direction === 'OUTBOUND' ? 'to' : 'from'} ${settledPhone}` : direction === 'OUTBOUND' ? 'No texts yet' : 'No texts from fans yet'}>
            {direction === 'OUTBOUND' ? 'Signup confirmations, campaigns and replies appear here.' : 'Anything a fan texts back (other than STOP, START and HELP) appears here.'}
          </EmptyState>
        }
      >
        {(texts, stale) => (
          <ul className={`sms-list${stale ? ' is-stale' : ''}`} aria-label="Texts">
            {texts.edges.map(({ node: text }) => {
              const inbound = text.direction === 'INBOUND';
              const number = inbound ? text.fromPhone : text.toPhone;
              return (
                <li key={text.id} className="sms-item">
                  <div className="sms-item-top">
                    <span className="sms-who">
                      <span className="muted">{inbound ? 'From' : 'To'}</span>{' '}
                      {text.lead ? (
                        <Link to={`/admin/leads/${text.lead.id}`}>
                          <strong>{text.lead.name || number}</strong>
                        </Link>
                      ) : (
                        <strong>{number}</strong>
                      )}
                      {text.lead?.name && number && <span className="muted nowrap"> {number}</span>}
                    </span>
                    {inbound ? null : <SmsStatusBadge status={text.status} />}
                  </div>
                  <p className="sms-body">{text.body}</p>
                  <div className="sms-item-bottom muted">
                    <span>{KIND[text.kind]}</span>
                    <DateTime value={text.createdAt} />
                  </div>
                  {text.error && <p className="job-error">{text.error}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </ConnectionList>
    </Page>
  );
}
