import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../generated';
import type { LeadInterestChoicesQuery } from '../../generated/graphql';
import { errorMessage, formErrors, type FormErrors } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { LoadingOrError } from '../../ui/ErrorState';
import { TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { LeadInterestChoicesDoc } from './LeadFilters';

const CreateLeadInterestDoc = graphql(`
  mutation CreateLeadInterest($input: LeadInterestInput!) {
    createLeadInterest(input: $input) {
      id
      key
      label
      position
      archivedAt
    }
  }
`);

const UpdateLeadInterestDoc = graphql(`
  mutation UpdateLeadInterest($id: ID!, $input: LeadInterestUpdateInput!) {
    updateLeadInterest(id: $id, input: $input) {
      id
      key
      label
      position
      archivedAt
    }
  }
`);

type Interest = LeadInterestChoicesQuery['leadInterests'][number];

const NO_ERRORS: FormErrors = { fields: {}, form: null };
const FIELDS = ['label', 'key', 'position'] as const;

/** '' stays unset; anything else must be a whole number (checked here: the graph's Int would refuse it without naming the field). */
const positionOf = (raw: string): number | null => (raw.trim() === '' ? null : Number(raw));
const positionProblem = (raw: string): FormErrors | null =>
  raw.trim() && !/^\d{1,5}$/.test(raw.trim()) ? { fields: { position: 'Position must be a whole number from 0 to 10000.' }, form: null } : null;

/** In the order the form shows them: position, then label. */
const byFormOrder = (a: Interest, b: Interest) => a.position - b.position || a.label.localeCompare(b.label);

/** The interest choices on the public signup form: add, relabel, reorder, archive and restore them. */
export function InterestsPage() {
  const { data, loading, error, refetch } = useQuery(LeadInterestChoicesDoc, { fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CreateLeadInterestDoc);
  const [update, updating] = useMutation(UpdateLeadInterestDoc);
  const [createErrors, setCreateErrors] = useState<FormErrors>(NO_ERRORS);
  const [editing, setEditing] = useState<{ id: string; label: string; position: string } | null>(null);
  const [editErrors, setEditErrors] = useState<FormErrors>(NO_ERRORS);
  const [rowError, setRowError] = useState<string | null>(null);
  const addId = useId();
  const interests = data ? [...data.leadInterests].sort(byFormOrder) : null;

  const onCreate = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const badPosition = positionProblem(String(form.get('position')));
    setCreateErrors(badPosition ?? NO_ERRORS);
    if (badPosition) return;
    try {
      const key = String(form.get('key')).trim();
      await create({ variables: { input: { label: String(form.get('label')).trim(), key: key || null, position: positionOf(String(form.get('position'))) } } });
      formElement.reset();
      await refetch();
    } catch (err) {
      setCreateErrors(formErrors(err, FIELDS));
    }
  };

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!editing) return;
    const badPosition = positionProblem(editing.position);
    setEditErrors(badPosition ?? NO_ERRORS);
    if (badPosition) return;
    try {
      await update({ variables: { id: editing.id, input: { label: editing.label.trim(), position: positionOf(editing.position) } } });
      setEditing(null);
    } catch (err) {
      setEditErrors(formErrors(err, FIELDS));
    }
  };

  const setArchived = async (interest: Interest, archived: boolean) => {
    setRowError(null);
    try {
      await update({ variables: { id: interest.id, input: { archived } } });
    } catch (err) {
      setRowError(errorMessage(err));
    }
  };

  return (
    <Page
      title="Interests"
      description="The choices fans can tick on the signup form. Archiving one takes it off the form; leads who ticked it keep it."
      actions={
        <Link to="/admin/leads" className="btn btn-ghost">
          ← All leads
        </Link>
      }
    >
      <section className="card" aria-labelledby={addId}>
        <h2 className="card-title" id={addId}>
          Add a choice
        </h2>
        {createErrors.form && <Alert kind="error">{createErrors.form}</Alert>}
        <form className="inline-form interest-form" onSubmit={onCreate} noValidate>
          <TextField label="Label" name="label" placeholder="e.g. Away days" required maxLength={80} error={createErrors.fields.label} />
          <TextField
            label="Key"
            name="key"
            placeholder="made from the label"
            spellCheck={false}
            autoComplete="off"
            hint="Lower-case letters, digits and dashes. It cannot change later."
            error={createErrors.fields.key}
          />
          <TextField className="field-narrow" label="Position" name="position" type="number" inputMode="numeric" step={1} placeholder="0" error={createErrors.fields.position} />
          <Button type="submit" variant="primary" busy={creating.loading}>
            Add interest
          </Button>
        </form>
      </section>

      {rowError && <Alert kind="error">{rowError}</Alert>}
      {!interests ? (
        <LoadingOrError loading={loading} label="Loading interests…" error={error} onRetry={() => void refetch()} />
      ) : interests.length === 0 ? (
        <EmptyState title="No interests yet">Add the first choice above; it appears on the signup form at once.</EmptyState>
      ) : (
        <form onSubmit={onSave} noValidate>
          {editErrors.form && <Alert kind="error">{editErrors.form}</Alert>}
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Position</th>
                <th scope="col">Label</th>
                <th scope="col">Key</th>
                <th scope="col">On the form</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {interests.map((interest) =>
                editing?.id === interest.id ? (
                  <tr key={interest.id} className="row-editing">
                    <td data-label="Position">
                      <TextField
                        className="field-narrow"
                        label="Position"
                        type="number"
                        inputMode="numeric"
                        step={1}
                        value={editing.position}
                        onChange={(event) => setEditing({ ...editing, position: event.target.value })}
                        error={editErrors.fields.position}
                      />
                    </td>
                    <td data-label="Label">
                      <TextField label="Label" maxLength={80} value={editing.label} onChange={(event) => setEditing({ ...editing, label: event.target.value })} error={editErrors.fields.label} />
                    </td>
                    <td data-label="Key">
                      <code>{interest.key}</code>
                    </td>
                    <td data-label="On the form">{interest.archivedAt ? <Badge>Archived</Badge> : <Badge tone="success">Shown</Badge>}</td>
                    <td className="cell-actions">
                      <Button size="small" onClick={() => setEditing(null)}>
                        Cancel
                      </Button>{' '}
                      <Button size="small" variant="primary" type="submit" busy={updating.loading}>
                        Save
                      </Button>
                    </td>
                  </tr>
                ) : (
                  <tr key={interest.id} className={interest.archivedAt ? 'row-muted' : undefined}>
                    <td data-label="Position">{interest.position}</td>
                    <td data-label="Label">
                      <strong>{interest.label}</strong>
                    </td>
                    <td data-label="Key">
                      <code>{interest.key}</code>
                    </td>
                    <td data-label="On the form">{interest.archivedAt ? <Badge>Archived</Badge> : <Badge tone="success">Shown</Badge>}</td>
                    <td className="cell-actions">
                      <Button
                        size="small"
                        variant="ghost"
                        aria-label={`Edit ${interest.label}`}
                        onClick={() => {
                          setEditErrors(NO_ERRORS);
                          setEditing({ id: interest.id, label: interest.label, position: String(interest.position) });
                        }}
                      >
                        Edit
                      </Button>{' '}
                      <Button size="small" aria-label={`${interest.archivedAt ? 'Restore' : 'Archive'} ${interest.label}`} onClick={() => void setArchived(interest, !interest.archivedAt)}>
                        {interest.archivedAt ? 'Restore' : 'Archive'}
                      </Button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </form>
      )}
    </Page>
  );
}
