import { Link } from 'react-router-dom';
import { humanize } from '../ui/Badge';
import { Page } from '../ui/Page';
import { useViewer } from './useSession';

export function NotAllowedPage() {
  const viewer = useViewer();
  return (
    <Page title="Not allowed" width="narrow">
      <div className="card notice">
        <p className="notice-lead">This page is only for administrators.</p>
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
