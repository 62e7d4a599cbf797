import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useViewer } from '../../app/useSession';
import { graphql } from '../../generated';
import type { Role, UserStatus } from '../../generated/graphql';
import { errorMessage } from '../../graphql/errors';
import { Alert } from '../../ui/Alert';
import { humanize } from '../../ui/Badge';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateTime } from '../../ui/DateTime';
import { EmptyState } from '../../ui/EmptyState';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { EnumOptions, SelectField, TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { useDebouncedValue } from '../../ui/useDebouncedValue';

const AdminUsersDoc = graphql(`
  query AdminUsers($first: Int, $after: String, $search: String, $role: Role) {
    users(first: $first, after: $after, search: $search, role: $role) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          email
          name
          role
          status
          createdAt
          lastSignInAt
        }
      }
    }
  }
`);

const SetUserRoleDoc = graphql(`
  mutation SetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      id
      role
    }
  }
`);

const SetUserStatusDoc = graphql(`
  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {
    setUserStatus(userId: $userId, status: $status) {
      id
      status
    }
  }
`);

const ROLES: Role[] = ['FAN', 'VOLUNTEER', 'ADMIN'];
const STATUSES: UserStatus[] = ['ACTIVE', 'DISABLED', 'BANNED'];
const PAGE_SIZE = 25;

type Change = { userId: string; name: string } & ({ field: 'role'; value: Role } | { field: 'status'; value: UserStatus });

function consequence(change: Change): string {
  if (change.field === 'status') {
    return change.value === 'ACTIVE'
      ? `${change.name} will be able to sign in again.`
      : `${change.name} will be signed out everywhere and cannot sign in until the status is set back to Active.`;
  }
  return change.value === 'ADMIN'
    ? `${change.name} will be able to manage every user, read the audit log and run exports.`
    : `${change.name} will have the permissions of a ${humanize(change.value).toLowerCase()}.`;
}

export function UsersPage() {
  const viewer = useViewer();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const debouncedSearch = useDebouncedValue(search.trim());
  const variables = { first: PAGE_SIZE, search: debouncedSearch || null, role: role || null };
  const list = useConnectionQuery(AdminUsersDoc, variables, (data) => data.users);
  const [setUserRole, roleResult] = useMutation(SetUserRoleDoc);
  const [setUserStatus, statusResult] = useMutation(SetUserStatusDoc);
  const [pending, setPending] = useState<Change | null>(null);
  const [changeError, setChangeError] = useState<string | null>(null);

  const confirm = async () => {
    if (!pending) return;
    setChangeError(null);
    try {
      if (pending.field === 'role') await setUserRole({ variables: { userId: pending.userId, role: pending.value } });
      else await setUserStatus({ variables: { userId: pending.userId, status: pending.value } });
    } catch (err) {
      setChangeError(errorMessage(err));
    }
    setPending(null);
  };

  return (
    <Page title="Users" description="Everyone with a Matchday account. Change a role or status in the table; you will be asked to confirm.">
      <div className="filters">
        <TextField className="field-grow" label="Search" type="search" placeholder="Name or email" value={search} onChange={(event) => setSearch(event.target.value)} />
        <SelectField label="Role" value={role} onChange={(event) => setRole(event.target.value as Role | '')}>
          <option value="">All roles</option>
          <EnumOptions values={ROLES} />
        </SelectField>
      </div>

      {changeError && <Alert kind="error" title="The change was not made">{changeError}</Alert>}

      <ConnectionList
        {...list}
        loadingLabel="Loading users…"
        noun={['user', 'users']}
        empty={
          <EmptyState title="No users match">{debouncedSearch || role ? 'Try another search or role.' : 'Nobody has registered yet.'}</EmptyState>
        }
      >
        {(users, stale) => (
          <div className={`table-wrap${stale ? ' is-stale' : ''}`}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">User</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Joined</th>
                  <th scope="col">Last sign-in</th>
                </tr>
              </thead>
              <tbody>
                {users.edges.map(({ node: user }) => {
                  const self = user.id === viewer?.id;
                  const shownRole = pending?.userId === user.id && pending.field === 'role' ? pending.value : user.role;
                  const shownStatus = pending?.userId === user.id && pending.field === 'status' ? pending.value : user.status;
                  return (
                    <tr key={user.id}>
                      <td data-label="User">
                        <div className="user-cell">
                          <strong>
                            {user.name}
                            {self && <span className="muted"> (you)</span>}
                          </strong>
                          <span className="muted">{user.email}</span>
                        </div>
                      </td>
                      <td data-label="Role">
                        <select
                          className={`inline-select role-${shownRole.toLowerCase()}`}
                          aria-label={`Role of ${user.name}`}
                          value={shownRole}
                          disabled={self}
                          title={self ? 'You cannot change your own role' : undefined}
                          onChange={(event) => setPending({ userId: user.id, name: user.name, field: 'role', value: event.target.value as Role })}
                        >
                          <EnumOptions values={ROLES} />
                        </select>
                      </td>
                      <td data-label="Status">
                        <select
                          className={`inline-select status-${shownStatus.toLowerCase()}`}
                          aria-label={`Status of ${user.name}`}
                          value={shownStatus}
                          disabled={self}
                          title={self ? 'You cannot change your own status' : undefined}
                          onChange={(event) => setPending({ userId: user.id, name: user.name, field: 'status', value: event.target.value as UserStatus })}
                        >
                          <EnumOptions values={STATUSES} />
                        </select>
                      </td>
                      <td data-label="Joined">
                        <DateTime value={user.createdAt} style="date" />
                      </td>
                      <td data-label="Last sign-in">
                        <DateTime value={user.lastSignInAt} fallback="Never" />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </ConnectionList>

      <ConfirmDialog
        open={pending !== null}
        title={pending ? `${pending.field === 'role' ? 'Change' : 'Set'} ${pending.name}’s ${pending.field} to ${humanize(pending.value)}?` : ''}
        confirmLabel={pending?.field === 'status' ? `Set to ${humanize(pending.value)}` : 'Change role'}
        tone={pending?.field === 'status' && pending.value !== 'ACTIVE' ? 'danger' : 'primary'}
        busy={roleResult.loading || statusResult.loading}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending && <p>{consequence(pending)}</p>}
      </ConfirmDialog>
    </Page>
  );
}
