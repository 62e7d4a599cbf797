import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../generated';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { MailMessageView, MailStatusBadge } from './MailMessageView';

const MailOutboxDoc = graphql(`
  query MailOutbox($first: Int, $after: String, $to: String) {
    mailOutbox(first: $first, after: $after, to: $to) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MailMessageFields
        }
      }
    }
  }
`);

const PAGE_SIZE = 30;

/** Mail Matchday sent or kept: without SMTP every message stays here, so admins (and tests) can read it. */
export function MailOutboxPage() {
  const [params, setParams] = useSearchParams();
  const [to, setTo] = useState('');
  const debouncedTo = useDebouncedValue(to.trim());
  const list = useConnectionQuery(MailOutboxDoc, { first: PAGE_SIZE, to: debouncedTo || null }, (data) => data.mailOutbox);
  const openId = params.get('message');
  const open = list.connection?.edges.find((edge) => edge.node.id === openId)?.node ?? null;

  const select = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('message', id);
        else next.delete('message');
        return next;
      },
      { preventScrollReset: true },
    );

  return (
    <Page title="Mail outbox" description="Every email Matchday has sent or is holding. Without an SMTP server, mail stays here: open a message to read it.">
      <div className="filters">
        <TextField className="field-grow" label="Recipient" type="search" placeholder="someone@example.com" value={to} onChange={(event) => setTo(event.target.value)} />
        <button type="button" className="btn btn-secondary" onClick={() => void list.refetch()}>
          Refresh
        </button>
      </div>

      <ConnectionList
        {...list}
        loadingLabel="Loading the outbox…"
        noun={['message', 'messages']}
        empty={
          <EmptyState title={debouncedTo ? `No mail to ${debouncedTo}` : 'The outbox is empty'}>
            {debouncedTo ? 'The recipient must match the whole address.' : 'Password resets and other emails will appear here.'}
          </EmptyState>
        }
      >
        {(outbox, stale) => (
          <div className={`mail${open ? ' mail-reading' : ''}`}>
            <ul className={`mail-list${stale ? ' is-stale' : ''}`} aria-label="Messages">
              {outbox.edges.map(({ node: message }) => (
                <li key={message.id}>
                  <button type="button" className={`mail-item${message.id === openId ? ' selected' : ''}`} aria-current={message.id === openId || undefined} onClick={() => select(message.id)}>
                    <span className="mail-item-top">
                      <strong className="mail-subject">{message.subject}</strong>
                      <MailStatusBadge status={message.status} />
                    </span>
                    <span className="mail-item-bottom muted">
                      <span className="mail-to">To {message.to}</span>
                      <DateTime value={message.createdAt} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {open ? (
              <MailMessageView message={open} onClose={() => select(null)} />
            ) : (
              <div className="mail-placeholder muted">Choose a message to read it.</div>
            )}
          </div>
        )}
      </ConnectionList>
    </Page>
  );
}
