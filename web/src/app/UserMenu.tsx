import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { Viewer } from '../graphql/session';
import { humanize } from '../ui/Badge';
import { useSignOut } from './useSignOut';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase() || '?';
}

/**
 * The signed-in user's menu: a drop-down on wide screens; inside the phone menu its items are
 * listed directly (the stylesheet decides).
 */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const { signOut, signingOut } = useSignOut();

  useEffect(() => setOpen(false), [location.pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className={`user-menu${open ? ' open' : ''}`} ref={ref}>
      <button type="button" className="user-menu-toggle" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen((value) => !value)}>
        <span className="avatar" aria-hidden="true">
          {initials(viewer.name)}
        </span>
        <span className="user-menu-name">{viewer.name}</span>
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      <div className="user-menu-panel">
        <div className="user-menu-who">
          <span className="avatar avatar-large" aria-hidden="true">
            {initials(viewer.name)}
          </span>
          <div>
            <strong>{viewer.name}</strong>
            <span className="muted">{viewer.email}</span>
            <span className="muted">{humanize(viewer.role)}</span>
          </div>
        </div>
        <Link to="/account" className="user-menu-item user-menu-account">
          My account
        </Link>
        <button type="button" className="user-menu-item" onClick={signOut} disabled={signingOut}>
          {signingOut ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
    </div>
  );
}
