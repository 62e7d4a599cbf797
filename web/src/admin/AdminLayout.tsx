import { NavLink, Outlet } from 'react-router-dom';
import { mayOpen } from '../app/access';
import { appRoutes } from '../app/routes';
import { useViewer } from '../app/useSession';

/** The Admin section: its pages as tabs above the page. */
export function AdminLayout() {
  const viewer = useViewer();
  const tabs = appRoutes.filter((route) => route.area === 'admin' && route.nav && mayOpen(route.access, viewer));
  return (
    <div className="section">
      {tabs.length > 0 && (
        <nav className="subnav" aria-label="Admin">
          <span className="subnav-title">Admin</span>
          <ul>
            {tabs.map((route) => (
              <li key={route.path}>
                <NavLink to={route.path}>{route.nav}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Outlet />
    </div>
  );
}
