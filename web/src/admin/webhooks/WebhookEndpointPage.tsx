import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { graphql } from '../../generated';
import type { WebhookDeliveryStatus } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Badge, humanize, type Tone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ConnectionList } from '../../ui/ConnectionList';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { LoadingOrError } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { eventName } from './event-types';

const WebhookEndpointDoc = graphql(`
  query WebhookEndpoint($id: ID!) {
    outgoingWebhookEndpoint(id: $id) {
      id
      url
      description
      eventTypes
      enabled
      secretHint
      createdAt
    }
  }
`);

const WebhookDeliveriesDoc = graphql(`
  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {
    outgoingWebhookEndpoint(id: $id) {
      id
      deliveries(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            eventId
            eventType
            status
            attempts
            responseStatus
            lastError
            nextAttemptAt
            createdAt
          }
        }
      }
    }
  }
`);

const SetWebhookEnabledDoc = graphql(`
  mutation SetWebhookEnabled($id: ID!, $enabled: Boolean!) {
    updateOutgoingWebhookEndpoint(id: $id, input: { enabled: $enabled }) {
      id
      enabled
    }
  }
`);

const DeleteWebhookEndpointDoc = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteOutgoingWebhookEndpoint(id: $id)
  }
`);

const RedeliverWebhookDoc = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverOutgoingWebhook(deliveryId: $deliveryId) {
      id
    }
  }
`);

const STATUS_TONE: Record<WebhookDeliveryStatus, Tone> = { PENDING: 'warning', QUEUED: 'info', SUCCEEDED: 'success', FAILED: 'danger' };

/** One endpoint: its settings, pause or delete it, and its delivery log with a redeliver button per row. */
export function WebhookEndpointPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const endpoint = useQuery(WebhookEndpointDoc, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const log = useConnectionQuery(WebhookDeliveriesDoc, { id, first: 30 }, (data) => data.outgoingWebhookEndpoint?.deliveries);
  const [setEnabled, toggling] = useMutation(SetWebhookEnabledDoc);
  const [remove, removing] = useMutation(DeleteWebhookEndpointDoc);
  const [redeliver] = useMutation(RedeliverWebhookDoc, { refetchQueries: [WebhookDeliveriesDoc] });
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [redelivered, setRedelivered] = useState<string[]>([]);

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const node = endpoint.data?.outgoingWebhookEndpoint;
  if (!node) {
    if (endpoint.data) return <Page title="Endpoint not found"><EmptyState title="This webhook endpoint does not exist">It may have been deleted. <Link to="/admin/webhooks">Back to the webhooks</Link></EmptyState></Page>;
    return <LoadingOrError loading={endpoint.loading} label="Loading the endpoint…" error={endpoint.error} onRetry={() => void endpoint.refetch()} />;
  }

  return (
    <Page
      title={node.url}
      description={node.description ?? undefined}
      actions={
        <>
          <Button busy={toggling.loading} onClick={() => void run(() => setEnabled({ variables: { id, enabled: !node.enabled } }))}>
            {node.enabled ? 'Pause' : 'Resume'}
          </Button>
          <Button variant="danger" onClick={() => setConfirmDelete(true)}>
            Delete
          </Button>
        </>
      }
    >
      <p>
        <Link to="/admin/webhooks">← All webhooks</Link>
      </p>
      {problem && <Alert kind="error">{problem}</Alert>}
      <dl className="kv card">
        <div>
          <dt>Status</dt>
          <dd>{node.enabled ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Paused: no new events are recorded for it</Badge>}</dd>
        </div>
        <div>
          <dt>Events</dt>
          <dd>{node.eventTypes.map(eventName).join(', ')}</dd>
        </div>
        <div>
          <dt>Signing secret</dt>
          <dd>
            <code>{node.secretHint}</code> <span className="muted">(shown in full only when the endpoint was added)</span>
          </dd>
        </div>
        <div>
          <dt>Added</dt>
          <dd>
            <DateTime value={node.createdAt} />
          </dd>
        </div>
      </dl>

      <h2>Deliveries</h2>
      <div className="filters">
        <Button onClick={() => void log.refetch()}>Refresh</Button>
      </div>
      <ConnectionList
        {...log}
        loadingLabel="Loading the deliveries…"
        noun={['delivery', 'deliveries']}
        empty={<EmptyState title="Nothing sent yet">Deliveries appear here as the events this endpoint wants happen.</EmptyState>}
      >
        {(deliveries, stale) => (
          <table className={`table${stale ? ' is-stale' : ''}`}>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Response</th>
                <th scope="col">Attempts</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.edges.map(({ node: delivery }) => (
                <tr key={delivery.id}>
                  <td data-label="Event">
                    <code>{eventName(delivery.eventType)}</code>
                    <div className="muted">{delivery.eventId}</div>
                  </td>
                  <td data-label="Status">
                    <Badge tone={STATUS_TONE[delivery.status]}>{humanize(delivery.status)}</Badge>
                    {delivery.status === 'PENDING' && delivery.attempts > 0 && (
                      <div className="muted">
                        Next try <DateTime value={delivery.nextAttemptAt} />
                      </div>
                    )}
                  </td>
                  <td data-label="Response">
                    {delivery.responseStatus ?? '—'}
                    {delivery.lastError && <div className="muted">{delivery.lastError}</div>}
                  </td>
                  <td data-label="Attempts">{delivery.attempts}</td>
                  <td data-label="Created">
                    <DateTime value={delivery.createdAt} />
                  </td>
                  <td className="cell-actions">
                    <Button
                      size="small"
                      disabled={redelivered.includes(delivery.id)}
                      aria-label={`Redeliver ${eventName(delivery.eventType)} ${delivery.eventId}`}
                      onClick={() =>
                        void run(async () => {
                          await redeliver({ variables: { deliveryId: delivery.id } });
                          setRedelivered((ids) => [...ids, delivery.id]);
                        })
                      }
                    >
                      {redelivered.includes(delivery.id) ? 'Redelivery queued' : 'Redeliver'}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ConnectionList>

      <ConfirmDialog
        open={confirmDelete}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        tone="danger"
        busy={removing.loading}
        onConfirm={() => void run(async () => {
          await remove({ variables: { id } });
          navigate('/admin/webhooks');
        })}
        onCancel={() => setConfirmDelete(false)}
      >
        Nothing more is sent to {node.url}, and its delivery log is deleted with it.
      </ConfirmDialog>
    </Page>
  );
}
