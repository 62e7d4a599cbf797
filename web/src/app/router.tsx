import { createBrowserRouter, Navigate } from 'react-router-dom';
import { AdminLayout } from '../admin/AdminLayout';
import { AppLayout } from './AppLayout';
import { Guard } from './Guard';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { appRoutes, type AppRoute } from './routes';

const toRoute = ({ path, page: Page, access }: AppRoute) => ({
  path,
  element: (
    <Guard key={path} access={access}>
      <Page />
    </Guard>
  ),
});

const adminRoutes = appRoutes.filter((route) => route.area === 'admin');

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      ...appRoutes.filter((route) => route.area === 'fan').map(toRoute),
      {
        path: '/admin',
        element: <AdminLayout />,
        children: [{ index: true, element: <Navigate to={adminRoutes[0].path} replace /> }, ...adminRoutes.map(toRoute)],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
