import type { ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { mayOpen, type Access } from './access';
import { NotAllowedPage } from './NotAllowedPage';
import { safeNext } from './safe-next';
import { useViewer } from './useSession';

/** Shows a page only to whom `access` allows: others are sent to sign in, or told they may not. */
export function Guard({ access, children }: { access: Access; children: ReactNode }) {
  const viewer = useViewer();
  const location = useLocation();
  const [params] = useSearchParams();

  if (mayOpen(access, viewer)) return children;
  if (access === 'guest') return <Navigate to={safeNext(params.get('next')) ?? '/account'} replace />;
  if (!viewer) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <NotAllowedPage />;
}
