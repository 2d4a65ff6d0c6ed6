/** Users (`/users?q=&filter=`) and one user (`/users/$userId?tab=`). */
import { Outlet, createRoute } from '@tanstack/react-router';
import { UserDetailPage } from '../../features/users/user-detail-page';
import { USER_FILTERS, USER_TABS } from '../../features/users/user-search';
import { UsersPage } from '../../features/users/users-page';
import { optionalOneOf, optionalString } from '../../lib/url/search-params';
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
  validateSearch: (search: Record<string, unknown>): { q?: string; filter?: (typeof USER_FILTERS)[number] } => ({
    q: optionalString(search.q),
    filter: optionalOneOf(USER_FILTERS, search.filter),
  }),
  component: UsersPage,
});

export const userDetailRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: '$userId',
  validateSearch: (search: Record<string, unknown>): { tab?: (typeof USER_TABS)[number] } => ({ tab: optionalOneOf(USER_TABS, search.tab) }),
  component: UserDetailPage,
  staticData: { breadcrumb: 'User' },
});

export const usersRouteTree = usersRoute.addChildren([userListRoute, userDetailRoute]);
