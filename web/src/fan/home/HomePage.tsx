import { Link } from 'react-router-dom';
import { ADMIN, mayOpen } from '../../app/access';
import { useViewer } from '../../app/useSession';
import { Logo } from '../../ui/Logo';
import { Page } from '../../ui/Page';

export function HomePage() {
  const viewer = useViewer();

  if (!viewer) {
    return (
      <div className="hero">
        <Logo size={64} />
        <h1>Your club, every matchday.</h1>
        <p className="hero-lead">Tickets, memberships and news from the people who run your events, in one account.</p>
        <div className="row hero-actions">
          <Link to="/register" className="btn btn-primary">
            Create an account
          </Link>
          <Link to="/sign-in" className="btn btn-secondary">
            Sign in
          </Link>
        </div>
      </div>
    );
  }

  return (
    <Page title={`Welcome back, ${viewer.name}`} description="Here is where to go next.">
      <div className="tiles">
        <Link to="/account" className="tile">
          <strong>My account</strong>
          <span className="muted">Your profile, API tokens and sign-out.</span>
        </Link>
        {mayOpen(ADMIN, viewer) && (
          <Link to="/admin" className="tile tile-admin">
            <strong>Admin</strong>
            <span className="muted">Users, live jobs, the audit log and the mail outbox.</span>
          </Link>
        )}
      </div>
    </Page>
  );
}
