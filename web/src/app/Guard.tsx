import { useState, type ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { mayOpen, type Access } from './access';
import { NotAllowedPage } from './NotAllowedPage';
import { safeNext } from './safe-next';
import { useViewer } from './useSession';

/**
 * Shows a page only to whom `access` allows: others are sent to sign in, or told they may not.
 * Render it keyed by route, so what it remembers about arriving stays with one page.
 */
export function Guard({ access, children }: { access: Access; children: ReactNode }) {
  const viewer = useViewer();
  const location = useLocation();
  const [params] = useSearchParams();
  // Sign-in and registration send the user on themselves once the session starts; only someone
  // who arrives already signed in is turned away from them here.
  const [signedInOnArrival] = useState(viewer !== null);

  if (access === 'guest' && !signedInOnArrival) return children;
  if (mayOpen(access, viewer)) return children;
  if (access === 'guest') return <Navigate to={safeNext(params.get('next')) ?? '/account'} replace />;
  if (!viewer) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <NotAllowedPage access={access} />;
}
