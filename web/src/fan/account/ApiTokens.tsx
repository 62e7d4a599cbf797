import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../generated';
import { errorMessage, formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { SecretOnce } from '../../ui/SecretOnce';

const MyApiTokensDoc = graphql(`
  query MyApiTokens {
    myApiTokens {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiTokenDoc = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        id
        name
        prefix
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const RevokeApiTokenDoc = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

const FIELDS = ['name'] as const;

/** Personal API tokens: create (the secret is shown once), list, revoke. */
export function ApiTokens() {
  const tokens = useQuery(MyApiTokensDoc, { fetchPolicy: 'cache-and-network' });
  const refetchTokens = { refetchQueries: [{ query: MyApiTokensDoc }], awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateApiTokenDoc, refetchTokens);
  const [revoke, revoking] = useMutation(RevokeApiTokenDoc, refetchTokens);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [toRevoke, setToRevoke] = useState<{ id: string; name: string } | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const onCreate = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get('name')).trim();
    setErrors({ fields: {}, form: null });
    try {
      const { data } = await create({ variables: { name } });
      if (!data) return;
      setCreated({ name: data.createApiToken.apiToken.name, token: data.createApiToken.token });
      formElement.reset();
    } catch (error) {
      setErrors(formErrors(error, FIELDS));
    }
  };

  const onRevoke = async () => {
    if (!toRevoke) return;
    setRevokeError(null);
    try {
      await revoke({ variables: { id: toRevoke.id } });
    } catch (error) {
      setRevokeError(errorMessage(error));
    }
    setToRevoke(null);
  };

  const list = tokens.data?.myApiTokens;
  const headingId = useId();

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 className="card-title" id={headingId}>
        API tokens
      </h2>
      <p className="muted">
        A token lets your own scripts call the Matchday API as you: send it as <code>Authorization: Bearer …</code>. Revoke any token you no
        longer use. Try the API in the <a href="/graphql">GraphQL explorer</a>.
      </p>

      {created && <SecretOnce title={`Your new token “${created.name}”.`} label="New API token" secret={created.token} onDone={() => setCreated(null)} />}

      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <form className="inline-form" onSubmit={onCreate} noValidate>
        <TextField label="Token name" name="name" placeholder="e.g. My stats script" required maxLength={100} error={errors.fields.name} />
        <Button type="submit" variant="primary" busy={creating.loading}>
          Create token
        </Button>
      </form>

      {revokeError && <Alert kind="error">{revokeError}</Alert>}
      {list ? (
        list.length === 0 ? (
          <EmptyState title="No API tokens yet">Create one above when a script of yours needs to call Matchday.</EmptyState>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Token</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((token) => (
                <tr key={token.id}>
                  <td data-label="Name">{token.name}</td>
                  <td data-label="Token">
                    <code>{token.prefix}…</code>
                  </td>
                  <td data-label="Created">
                    <DateTime value={token.createdAt} />
                  </td>
                  <td data-label="Last used">
                    <DateTime value={token.lastUsedAt} fallback="Never" />
                  </td>
                  <td data-label="Status">{token.revokedAt ? <Badge tone="neutral">Revoked</Badge> : <Badge tone="success">Active</Badge>}</td>
                  <td className="cell-actions">
                    {!token.revokedAt && (
                      <Button size="small" variant="danger" onClick={() => setToRevoke({ id: token.id, name: token.name })} aria-label={`Revoke ${token.name}`}>
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : tokens.loading ? (
        <Loading label="Loading your tokens…" />
      ) : (
        <ErrorState error={tokens.error} title="Your tokens could not be loaded" onRetry={() => void tokens.refetch()} />
      )}

      <ConfirmDialog
        open={toRevoke !== null}
        title={`Revoke “${toRevoke?.name ?? ''}”?`}
        confirmLabel="Revoke token"
        tone="danger"
        busy={revoking.loading}
        onConfirm={onRevoke}
        onCancel={() => setToRevoke(null)}
      >
        Scripts using this token will stop working at once. This cannot be undone.
      </ConfirmDialog>
    </section>
  );
}
