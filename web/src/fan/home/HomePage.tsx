import { Link } from 'react-router-dom';
import { ADMIN, DOOR, mayOpen } from '../../app/access';
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
          <Link to="/events" className="btn btn-primary">
            Browse events
          </Link>
          <Link to="/register" className="btn btn-secondary">
            Create an account
          </Link>
          <Link to="/sign-in" className="btn btn-ghost">
            Sign in
          </Link>
        </div>
      </div>
    );
  }

  return (
    <Page title={`Welcome back, ${viewer.name}`} description="Here is where to go next.">
      <div className="tiles">
        <Link to="/events" className="tile">
          <strong>Events</strong>
          <span className="muted">Matches and meet-ups coming up, and their tickets.</span>
        </Link>
        <Link to="/tickets" className="tile">
          <strong>My tickets</strong>
          <span className="muted">Your tickets with the QR codes to show at the door.</span>
        </Link>
        <Link to="/membership" className="tile">
          <strong>Membership</strong>
          <span className="muted">Member presale and member prices, and your billing.</span>
        </Link>
        {mayOpen(DOOR, viewer) && (
          <Link to="/door" className="tile">
            <strong>Door</strong>
            <span className="muted">Check tickets in with the camera or by code.</span>
          </Link>
        )}
        <Link to="/account" className="tile">
          <strong>My account</strong>
          <span className="muted">Your profile, API tokens and sign-out.</span>
        </Link>
        {mayOpen(ADMIN, viewer) && (
          <Link to="/admin" className="tile tile-admin">
            <strong>Admin</strong>
            <span className="muted">The dashboard, events and sales, plans, users, leads and texts, live jobs, the audit log and the outboxes.</span>
          </Link>
        )}
      </div>
    </Page>
  );
}
