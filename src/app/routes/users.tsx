/** Users (`/users?q=&filter=&sku=`) and one user (`/users/$userId?tab=&product=`). */
import { Outlet, createRoute } from '@tanstack/react-router';
import { AuditLogPanel } from '../../features/audit/audit-log-panel';
import { UserDetailPage } from '../../features/users/user-detail-page';
import {
  USER_FILTERS,
  USER_TABS,
  type UserDetailSearch,
  type UserListSearch,
} from '../../features/users/user-search';
import { UsersPage } from '../../features/users/users-page';
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
  component: UsersPage,
});

function UserDetailRoute() {
  return (
    <UserDetailPage
      renderAuditTab={(user) => <AuditLogPanel targetId={user.id} targetName={user.displayName} />}
    />
  );
}

export const userDetailRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: '$userId',
  validateSearch: (search: Record<string, unknown>): UserDetailSearch => ({
    tab: optionalOneOf(USER_TABS, search.tab),
    product: optionalString(search.product),
  }),
  component: UserDetailRoute,
  staticData: { breadcrumb: 'User' },
});

export const usersRouteTree = usersRoute.addChildren([userListRoute, userDetailRoute]);
