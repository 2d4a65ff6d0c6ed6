/** Licenses and its Overview blade (products feature); All products hangs below it (`./products`). */
import { Outlet, createRoute } from '@tanstack/react-router';
import { productsQueryOptions } from '../../api/products';
import { LicensesOverviewPage } from '../../features/products/licenses-overview-page';
import { preload } from './loaders';
import { rootRoute } from './root';

export const licensesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'licenses',
  component: Outlet,
  staticData: { breadcrumb: 'shell.crumb.licenses' },
});

export const licensesOverviewRoute = createRoute({
  getParentRoute: () => licensesRoute,
  path: '/',
  loader: ({ context }) => {
    preload(() => context.queryClient.query({ ...productsQueryOptions(), staleTime: 'static' }));
  },
  component: LicensesOverviewPage,
});
