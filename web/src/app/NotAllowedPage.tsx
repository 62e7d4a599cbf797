import { Link } from 'react-router-dom';
import type { Role } from '../generated/graphql';
import { humanize } from '../ui/Badge';
import { Page } from '../ui/Page';
import type { Access } from './access';
import { useViewer } from './useSession';

const PLURAL: Record<Role, string> = { ADMIN: 'administrators', VOLUNTEER: 'volunteers', FAN: 'fans' };

/** A signed-in user on a page for other roles (`access`: who may open it). */
export function NotAllowedPage({ access }: { access: Access }) {
  const viewer = useViewer();
  return (
    <Page title="Not allowed" width="narrow">
      <div className="card notice">
        <p className="notice-lead">{typeof access === 'string' ? 'This page is not open to your account.' : `This page is only for ${access.map((role) => PLURAL[role]).join(' and ')}.`}</p>
        {viewer && (
          <p className="muted">
            You are signed in as {viewer.email} ({humanize(viewer.role)}). If you need access, ask an administrator of your club.
          </p>
        )}
        <p>
          <Link to="/" className="btn btn-primary">
            Go to the home page
          </Link>
        </p>
      </div>
    </Page>
  );
}
