/**
 * Users (`/users?q=&filter=&sku=&sort=&order=`) and one user (`/users/$userId?tab=&product=`). The blades'
 * components load on demand from `./users.lazy`.
 */
import { withWords } from '../../lib/i18n/catalog';
import { Outlet, createRoute } from '@tanstack/react-router';
import { userQueryOptions, usersQueryOptions, usersWithErrorsQueryOptions } from '../../api/users';
import {
  SORT_ORDERS,
  USER_FILTERS,
  USER_SORTS,
  USER_TABS,
  userOrder,
  type UserDetailSearch,
  type UserListSearch,
} from '../../features/users/user-search';
import { parseSkuId, toUserId } from '../../lib/ids';
import { optionalInteger, optionalOneOf, optionalString } from '../../lib/url/search-params';
import { DEFAULT_INACTIVE_DAYS, INACTIVE_DAYS } from '../../api/inactive-days';
import { loadCrumb, preload } from './loaders';
import { rootRoute } from './root';
import { ROUTE_WORDS } from './words';

export const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'users',
  component: Outlet,
  staticData: { breadcrumb: 'shell.crumb.users' },
});

export const userListRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): UserListSearch => ({
    q: optionalString(search.q),
    filter: optionalOneOf(USER_FILTERS, search.filter),
    sku: parseSkuId(search.sku),
    sort: optionalOneOf(USER_SORTS, search.sort),
    order: optionalOneOf(SORT_ORDERS, search.order),
    days: INACTIVE_DAYS.find((d) => d === optionalInteger(search.days)),
  }),
  // Typing in the search box changes `q` on every key; the blade debounces its reads, so the loader
  // reruns for the filters only and reads `q` as the blade was opened (a link, a reload).
  loaderDeps: ({ search: { filter, sku, sort, order, days } }) => ({
    filter,
    sku,
    sort,
    order,
    days,
  }),
  loader: ({ context, deps: { filter, sku, sort, order, days }, location }) => {
    // The URL's `q` as parsed (`?q=123` is a number there), read as `validateSearch` reads it.
    const q = optionalString((location.search as Record<string, unknown>).q) ?? '';
    preload(() =>
      filter === 'errors'
        ? context.queryClient.query({ ...usersWithErrorsQueryOptions(), staleTime: 'static' })
        : filter === 'inactive'
          ? // The report's reads (and its worker's client) load with it, not on the first load.
            import('../../api/inactive-users').then(({ inactiveUsersQueryOptions }) =>
              context.queryClient.query({
                ...inactiveUsersQueryOptions(days ?? DEFAULT_INACTIVE_DAYS),
                staleTime: 'static',
              }),
            )
          : context.queryClient.infiniteQuery({
              ...usersQueryOptions({ search: q, filter, sku, orderBy: userOrder({ sort, order }) }),
              staleTime: 'static',
            }),
    );
  },
}).lazy(() =>
  withWords(ROUTE_WORDS.users, import('./users.lazy')).then((m) => m.userListLazyRoute),
);

export const userDetailRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: '$userId',
  params: {
    parse: ({ userId }) => ({ userId: toUserId(userId) }),
    stringify: ({ userId }) => ({ userId }),
  },
  validateSearch: (search: Record<string, unknown>): UserDetailSearch => ({
    tab: optionalOneOf(USER_TABS, search.tab),
    product: parseSkuId(search.product),
  }),
  loader: ({ context, params }) =>
    loadCrumb(
      () => context.queryClient.query({ ...userQueryOptions(params.userId), staleTime: 'static' }),
      (u) => u.displayName,
    ),
  staticData: { breadcrumb: 'shell.crumb.user' },
}).lazy(() =>
  withWords(ROUTE_WORDS.users, import('./users.lazy')).then((m) => m.userDetailLazyRoute),
);

export const usersRouteTree = usersRoute.addChildren([userListRoute, userDetailRoute]);
