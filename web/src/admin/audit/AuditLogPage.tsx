import { useEffect, useState } from 'react';
import { graphql } from '../../generated';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { AuditDetails } from './AuditDetails';

const AuditLogDoc = graphql(`
  query AuditLog($first: Int, $after: String, $action: String) {
    auditLog(first: $first, after: $after, action: $action) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          action
          actorId
          actor {
            id
            name
            email
          }
          targetType
          targetId
          ip
          details
          createdAt
        }
      }
    }
  }
`);

const PAGE_SIZE = 30;

export function AuditLogPage() {
  const [action, setAction] = useState('');
  const debouncedAction = useDebouncedValue(action.trim());
  const list = useConnectionQuery(AuditLogDoc, { first: PAGE_SIZE, action: debouncedAction || null }, (data) => data.auditLog);
  const log = list.connection;
  // The filter suggests every action seen so far on this page (it accepts any other too).
  const [seenActions, setSeenActions] = useState<string[]>([]);
  useEffect(() => {
    if (!log) return;
    setSeenActions((seen) => {
      const all = new Set([...seen, ...log.edges.map((edge) => edge.node.action)]);
      return all.size === seen.length ? seen : [...all].sort();
    });
  }, [log]);

  return (
    <Page title="Audit log" description="Every admin action and security event, newest first.">
      <div className="filters">
        <TextField
          className="field-grow"
          label="Action"
          list="audit-actions"
          placeholder="e.g. user.role_changed"
          value={action}
          onChange={(event) => setAction(event.target.value)}
          hint="Shows only entries with exactly this action."
        />
        <datalist id="audit-actions">
          {seenActions.map((known) => (
            <option key={known} value={known} />
          ))}
        </datalist>
      </div>

      <ConnectionList
        {...list}
        loadingLabel="Loading the audit log…"
        noun={['entry', 'entries']}
        empty={
          <EmptyState title={debouncedAction ? `No “${debouncedAction}” entries` : 'Nothing recorded yet'}>
            {debouncedAction ? 'Check the spelling of the action, or clear the filter.' : 'Admin actions and security events will appear here.'}
          </EmptyState>
        }
      >
        {(log, stale) => (
          <div className={`table-wrap${stale ? ' is-stale' : ''}`}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Action</th>
                  <th scope="col">By</th>
                  <th scope="col">Target</th>
                  <th scope="col">IP</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {log.edges.map(({ node: entry }) => (
                  <tr key={entry.id}>
                    <td data-label="When" className="nowrap">
                      <DateTime value={entry.createdAt} />
                    </td>
                    <td data-label="Action">
                      <button type="button" className="link-button" onClick={() => setAction(entry.action)} title="Show only this action">
                        <code>{entry.action}</code>
                      </button>
                    </td>
                    <td data-label="By">
                      {entry.actor ? (
                        <div className="user-cell">
                          <span>{entry.actor.name}</span>
                          <span className="muted">{entry.actor.email}</span>
                        </div>
                      ) : (
                        <span className="muted">{entry.actorId ? 'Deleted user' : 'Anonymous or system'}</span>
                      )}
                    </td>
                    <td data-label="Target">
                      {entry.targetType ? (
                        <span>
                          {entry.targetType}
                          {entry.targetId && (
                            <>
                              {' '}
                              <code className="muted" title={entry.targetId}>
                                {entry.targetId.slice(0, 8)}
                              </code>
                            </>
                          )}
                        </span>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td data-label="IP">{entry.ip ?? <span className="muted">—</span>}</td>
                    <td data-label="Details">
                      <AuditDetails details={entry.details} />
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
