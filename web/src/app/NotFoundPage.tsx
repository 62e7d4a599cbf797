import { Link } from 'react-router-dom';
import { Page } from '../ui/Page';

export function NotFoundPage() {
  return (
    <Page title="Page not found" width="narrow">
      <div className="card notice">
        <p className="notice-lead">There is no page at this address.</p>
        <p className="muted">The link may be old, or the address mistyped.</p>
        <p>
          <Link to="/" className="btn btn-primary">
            Go to the home page
          </Link>
        </p>
      </div>
    </Page>
  );
}
