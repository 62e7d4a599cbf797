import { Link, useRouteError } from 'react-router-dom';

/** Last resort when a page throws while rendering: say so plainly and offer a way out. */
export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <main className="fatal">
      <div className="card notice">
        <h1>Something went wrong</h1>
        <p className="muted">This page failed to show. Reloading usually helps; if it does not, the problem has been noted in the browser console.</p>
        <p className="row">
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            Reload
          </button>
          <Link to="/" className="btn btn-secondary" reloadDocument>
            Home page
          </Link>
        </p>
      </div>
    </main>
  );
}
