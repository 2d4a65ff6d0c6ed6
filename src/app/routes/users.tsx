/**
 * Users (`/users?q=&filter=&sku=`) and one user (`/users/$userId?tab=&product=`). The blades'
 * components load on demand from `./users.lazy`.
 */
import { Outlet, createRoute } from '@tanstack/react-router';
import {
  USER_FILTERS,
  USER_TABS,
  type UserDetailSearch,
  type UserListSearch,
} from '../../features/users/user-search';
import { optionalGuid, optionalOneOf, optionalString } from '../../lib/url/search-params';
import { rootRoute } from './root';

export const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'users',
  component: Outlet,
  staticData: { breadcrumb: 'Users' },
});

export const userListRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): UserListSearch => ({
    q: optionalString(search.q),
    filter: optionalOneOf(USER_FILTERS, search.filter),
    sku: optionalGuid(search.sku),
  }),
}).lazy(() => import('./users.lazy').then((m) => m.userListLazyRoute));

export const userDetailRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: '$userId',
  validateSearch: (search: Record<string, unknown>): UserDetailSearch => ({
    tab: optionalOneOf(USER_TABS, search.tab),
    product: optionalString(search.product),
  }),
  staticData: { breadcrumb: 'User' },
}).lazy(() => import('./users.lazy').then((m) => m.userDetailLazyRoute));

export const usersRouteTree = usersRoute.addChildren([userListRoute, userDetailRoute]);
