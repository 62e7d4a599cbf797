import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../generated';
import type { AdminPlanFieldsFragment } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { LoadingOrError } from '../../ui/ErrorState';
import { formatMoney } from '../../ui/money';
import { Page } from '../../ui/Page';
import { PlanForm } from './PlanForm';

const AdminPlansDoc = graphql(`
  query AdminPlans {
    adminPlans {
      ...AdminPlanFields
    }
  }
`);

const ArchivePlanDoc = graphql(`
  mutation ArchivePlan($id: ID!) {
    archivePlan(id: $id) {
      ...AdminPlanFields
    }
  }
`);

const RestorePlanDoc = graphql(`
  mutation RestorePlan($id: ID!) {
    restorePlan(id: $id) {
      ...AdminPlanFields
    }
  }
`);

type Editing = { plan: AdminPlanFieldsFragment | null } | null;

function Price({ cents, currency, unit }: { cents: number | null | undefined; currency: string; unit: string }) {
  return cents == null ? <span className="muted">—</span> : <>{`${formatMoney(cents, currency)} / ${unit}`}</>;
}

/**
 * Membership plans: create, edit, archive (members keep their membership; the plan is no longer
 * offered) and restore.
 */
export function PlansPage() {
  const { data, loading, error, refetch } = useQuery(AdminPlansDoc, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<AdminPlanFieldsFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [archive, archiveState] = useMutation(ArchivePlanDoc);
  const [restore] = useMutation(RestorePlanDoc);
  const [restoring, setRestoring] = useState<string | null>(null);
  const plans = data?.adminPlans;

  const onArchive = async () => {
    if (!archiving) return;
    setFailure(null);
    try {
      await archive({ variables: { id: archiving.id } });
      setNotice(`${archiving.name} archived: no longer offered; its ${archiving.memberCount} members keep their membership.`);
    } catch (err) {
      setFailure(errorMessage(err));
    }
    setArchiving(null);
  };

  const onRestore = async (plan: AdminPlanFieldsFragment) => {
    setFailure(null);
    setRestoring(plan.id);
    try {
      await restore({ variables: { id: plan.id } });
      setNotice(`${plan.name} is on offer again.`);
    } catch (err) {
      setFailure(errorMessage(err));
    }
    setRestoring(null);
  };

  const onDone = (saved: string | null) => {
    setEditing(null);
    if (saved) setNotice(saved);
  };

  let body;
  if (!plans) {
    body = <LoadingOrError loading={loading} label="Loading plans…" error={error} onRetry={() => void refetch()} />;
  } else if (plans.length === 0) {
    body = !editing && <EmptyState title="No plans yet">Create one to start selling memberships: a name, perks and a monthly or yearly price.</EmptyState>;
  } else {
    body = (
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Monthly</th>
              <th scope="col">Yearly</th>
              <th scope="col">Trial</th>
              <th scope="col">Members</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id} className={plan.active ? undefined : 'row-archived'}>
                <td data-label="Plan">
                  <div className="user-cell">
                    <strong>{plan.name}</strong>
                    {plan.description && <span className="muted">{plan.description}</span>}
                  </div>
                </td>
                <td data-label="Monthly" className="num">
                  <Price cents={plan.monthlyPriceCents} currency={plan.currency} unit="month" />
                </td>
                <td data-label="Yearly" className="num">
                  <Price cents={plan.yearlyPriceCents} currency={plan.currency} unit="year" />
                </td>
                <td data-label="Trial" className="num">
                  {plan.trialDays > 0 ? `${plan.trialDays} days` : <span className="muted">None</span>}
                </td>
                <td data-label="Members" className="num">
                  {plan.memberCount.toLocaleString()}
                </td>
                <td data-label="Status">
                  {plan.active ? (
                    <Badge tone="success">On offer</Badge>
                  ) : (
                    <span className="user-cell">
                      <Badge>Archived</Badge>
                      <span className="muted">
                        <DateTime value={plan.archivedAt} style="date" />
                      </span>
                    </span>
                  )}
                </td>
                <td className="cell-actions">
                  <span className="row row-tight">
                    <Button size="small" onClick={() => setEditing({ plan })} aria-label={`Edit ${plan.name}`}>
                      Edit
                    </Button>
                    {plan.active ? (
                      <Button size="small" variant="danger" onClick={() => setArchiving(plan)} aria-label={`Archive ${plan.name}`}>
                        Archive
                      </Button>
                    ) : (
                      <Button size="small" busy={restoring === plan.id} onClick={() => onRestore(plan)} aria-label={`Restore ${plan.name}`}>
                        Restore
                      </Button>
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <Page
      title="Plans"
      description="The memberships fans can buy. An archived plan is no longer offered; its members keep their membership."
      actions={
        !editing && (
          <Button variant="primary" onClick={() => setEditing({ plan: null })}>
            New plan
          </Button>
        )
      }
    >
      {notice && <Alert kind="success">{notice}</Alert>}
      {failure && <Alert kind="error">{failure}</Alert>}
      {editing && <PlanForm key={editing.plan?.id ?? 'new'} existing={editing.plan} onDone={onDone} />}
      {body}
      <ConfirmDialog
        open={archiving !== null}
        title={`Archive ${archiving?.name ?? 'the plan'}?`}
        confirmLabel="Archive plan"
        tone="danger"
        busy={archiveState.loading}
        onConfirm={onArchive}
        onCancel={() => setArchiving(null)}
      >
        <p>Fans can no longer join it. Its {archiving?.memberCount ?? 0} current members keep their membership and perks. You can restore it later.</p>
      </ConfirmDialog>
    </Page>
  );
}
