import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { Logo } from '../ui/Logo';
import { mayOpen } from './access';
import { appRoutes } from './routes';
import { UserMenu } from './UserMenu';
import { useViewer } from './useSession';

/** The frame of every page: the top bar (brand, navigation, account) and the page itself. */
export function AppLayout() {
  const viewer = useViewer();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  // A phone's menu closes once a link in it has been followed.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const fanLinks = appRoutes.filter((route) => route.area === 'fan' && route.nav && mayOpen(route.access, viewer));
  const showAdmin = appRoutes.some((route) => route.area === 'admin' && route.nav && mayOpen(route.access, viewer));

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <Logo />
            <span>Matchday</span>
          </Link>
          <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="site-nav" onClick={() => setMenuOpen((open) => !open)}>
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
              {menuOpen ? (
                <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              ) : (
                <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              )}
            </svg>
            <span className="visually-hidden">Menu</span>
          </button>
          <nav id="site-nav" className={`site-nav${menuOpen ? ' open' : ''}`} aria-label="Main">
            <ul className="nav-links">
              {fanLinks.map((route) => (
                <li key={route.path}>
                  <NavLink to={route.path} end={route.path === '/'}>
                    {route.nav}
                  </NavLink>
                </li>
              ))}
              {showAdmin && (
                <li>
                  <NavLink to="/admin">Admin</NavLink>
                </li>
              )}
            </ul>
            <div className="nav-account">
              {viewer ? (
                <UserMenu viewer={viewer} />
              ) : (
                <>
                  <NavLink to="/sign-in" className="nav-plain">
                    Sign in
                  </NavLink>
                  <Link to="/register" className="btn btn-accent btn-small">
                    Register
                  </Link>
                </>
              )}
            </div>
          </nav>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
