/**
 * The route tree: a root shell route and one route file per feature in `./routes/`. Each feature
 * engineer edits only their own route file; this file only assembles them.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { auditRoute } from './routes/audit';
import { connectRoute } from './routes/connect';
import { costRoute, pricesRoute } from './routes/cost';
import { groupsRouteTree } from './routes/groups';
import { licensesOverviewRoute, licensesRoute } from './routes/licenses';
import { productsRouteTree } from './routes/products';
import { indexRoute, notFoundComponent, pendingComponent, rootRoute } from './routes/root';
import { usersRouteTree } from './routes/users';
import type { MessageId } from '../lib/i18n/messages';

export const routeTree = rootRoute.addChildren([
  indexRoute,
  licensesRoute.addChildren([licensesOverviewRoute, costRoute, pricesRoute, productsRouteTree]),
  groupsRouteTree,
  usersRouteTree,
  auditRoute,
  connectRoute,
]);

export function createAppRouter(options: { queryClient: QueryClient; history?: RouterHistory }) {
  return createRouter({
    routeTree,
    context: { queryClient: options.queryClient },
    ...(options.history ? { history: options.history } : {}),
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    defaultNotFoundComponent: notFoundComponent,
    defaultPendingComponent: pendingComponent,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
  interface StaticDataRouteOption {
    /** The route's breadcrumb; a detail route's loader can name it (`loaders.ts`, `Crumb`). */
    breadcrumb?: MessageId;
  }
}
