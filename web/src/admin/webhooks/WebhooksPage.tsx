import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import type { WebhookEventType } from '../../generated/graphql';
import { formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConnectionList } from '../../ui/ConnectionList';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { CheckboxField, TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { SecretOnce } from '../../ui/SecretOnce';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { EVENT_TYPES, eventName } from './event-types';

const WebhookEndpointsDoc = graphql(`
  query WebhookEndpoints($first: Int, $after: String) {
    outgoingWebhookEndpoints(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          url
          description
          eventTypes
          enabled
          createdAt
        }
      }
    }
  }
`);

const CreateWebhookEndpointDoc = graphql(`
  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {
    createOutgoingWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
      }
    }
  }
`);

const FIELDS = ['url', 'eventTypes', 'description'] as const;

/** Outgoing webhooks: the endpoints integrators gave, and a form to add one (its secret is shown once). */
export function WebhooksPage() {
  const list = useConnectionQuery(WebhookEndpointsDoc, { first: 30 }, (data) => data.outgoingWebhookEndpoints);
  const [create, creating] = useMutation(CreateWebhookEndpointDoc, { refetchQueries: [WebhookEndpointsDoc], awaitRefetchQueries: true });
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [created, setCreated] = useState<{ id: string; url: string; secret: string } | null>(null);

  const onCreate = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const eventTypes = values.getAll('eventTypes').map(String) as WebhookEventType[];
    setErrors({ fields: {}, form: null });
    try {
      const { data } = await create({ variables: { input: { url: String(values.get('url')).trim(), eventTypes, description: String(values.get('description')).trim() || null } } });
      if (!data) return;
      const { endpoint, secret } = data.createOutgoingWebhookEndpoint;
      setCreated({ id: endpoint.id, url: endpoint.url, secret });
      form.reset();
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  return (
    <Page title="Webhooks" description="Matchday POSTs signed events to these URLs as they happen, and retries for a day when an endpoint is down.">
      {created && <SecretOnce title={`Endpoint added: ${created.url}. This is its signing secret.`} label="Signing secret" secret={created.secret} onDone={() => setCreated(null)} />}

      <section className="card">
        <h2 className="card-title">Add an endpoint</h2>
        {errors.form && <Alert kind="error">{errors.form}</Alert>}
        <form onSubmit={onCreate} noValidate>
          <TextField label="URL" name="url" type="url" placeholder="https://example.com/matchday-webhooks" required error={errors.fields.url} />
          <TextField label="Note" name="description" placeholder="e.g. CRM sync" maxLength={200} error={errors.fields.description} />
          <fieldset className="field">
            <legend>Events</legend>
            {EVENT_TYPES.map((type) => (
              <CheckboxField key={type.value} name="eventTypes" value={type.value} label={<code>{type.name}</code>} hint={type.hint} />
            ))}
            {errors.fields.eventTypes && <p className="field-error">{errors.fields.eventTypes}</p>}
          </fieldset>
          <Button type="submit" variant="primary" busy={creating.loading}>
            Add endpoint
          </Button>
        </form>
      </section>

      <ConnectionList
        {...list}
        loadingLabel="Loading the endpoints…"
        noun={['endpoint', 'endpoints']}
        empty={<EmptyState title="No webhook endpoints yet">Add the URL of an integration above to have events sent to it.</EmptyState>}
      >
        {(endpoints, stale) => (
          <table className={`table${stale ? ' is-stale' : ''}`}>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">Status</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {endpoints.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td data-label="URL">
                    <Link to={`/admin/webhooks/${node.id}`}>{node.url}</Link>
                    {node.description && <div className="muted">{node.description}</div>}
                  </td>
                  <td data-label="Events">{node.eventTypes.map(eventName).join(', ')}</td>
                  <td data-label="Status">{node.enabled ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Paused</Badge>}</td>
                  <td data-label="Added">
                    <DateTime value={node.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ConnectionList>
    </Page>
  );
}
