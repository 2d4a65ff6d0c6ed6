/** Licenses and its Overview blade (products feature); All products hangs below it (`./products`). */
import { Outlet, createRoute } from '@tanstack/react-router';
import { LicensesOverviewPage } from '../../features/products/licenses-overview-page';
import { rootRoute } from './root';

export const licensesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'licenses',
  component: Outlet,
  staticData: { breadcrumb: 'Licenses' },
});

export const licensesOverviewRoute = createRoute({
  getParentRoute: () => licensesRoute,
  path: '/',
  component: LicensesOverviewPage,
});
