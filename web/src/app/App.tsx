import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { session } from '../graphql/session';
import { Logo } from '../ui/Logo';
import { Spinner } from '../ui/Loading';
import { router } from './router';

/** Restores the session from the refresh cookie (if any) before the first page decides what to show. */
export function App() {
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    void session.refresh().finally(() => setRestored(true));
  }, []);

  if (!restored) {
    return (
      <div className="splash" role="status" aria-live="polite">
        <Logo size={48} />
        <Spinner />
        <span className="visually-hidden">Loading Matchday…</span>
      </div>
    );
  }
  return <RouterProvider router={router} />;
}
