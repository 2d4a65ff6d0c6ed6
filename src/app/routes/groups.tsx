/**
 * Groups (`/groups?q=&filter=&order=`) and one group (`/groups/$groupId?tab=`). The blades' components
 * load on demand from `./groups.lazy`, which composes in the rule and audit tabs.
 */
import { withWords } from '../../lib/i18n/catalog';
import { Outlet, createRoute } from '@tanstack/react-router';
import { groupQueryOptions, groupsQueryOptions } from '../../api/groups';
import {
  GROUP_FILTERS,
  GROUP_ORDERS,
  GROUP_TABS,
  type GroupListSearch,
  type GroupTab,
} from '../../features/groups/group-search';
import { toGroupId } from '../../lib/ids';
import { optionalOneOf, optionalString } from '../../lib/url/search-params';
import { loadCrumb, preload } from './loaders';
import { rootRoute } from './root';
import { ROUTE_WORDS } from './words';

export const groupsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'groups',
  component: Outlet,
  staticData: { breadcrumb: 'shell.crumb.groups' },
});

export const groupListRoute = createRoute({
  getParentRoute: () => groupsRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): GroupListSearch => ({
    q: optionalString(search.q),
    filter: optionalOneOf(GROUP_FILTERS, search.filter),
    order: optionalOneOf(GROUP_ORDERS, search.order),
  }),
  loaderDeps: ({ search }) => ({ search: search.q ?? '', filter: search.filter }),
  loader: ({ context, deps }) => {
    preload(() => context.queryClient.query({ ...groupsQueryOptions(deps), staleTime: 'static' }));
  },
}).lazy(() =>
  withWords(ROUTE_WORDS.groups, import('./groups.lazy')).then((m) => m.groupListLazyRoute),
);

export const groupDetailRoute = createRoute({
  getParentRoute: () => groupsRoute,
  path: '$groupId',
  params: {
    parse: ({ groupId }) => ({ groupId: toGroupId(groupId) }),
    stringify: ({ groupId }) => ({ groupId }),
  },
  validateSearch: (search: Record<string, unknown>): { tab?: GroupTab } => ({
    tab: optionalOneOf(GROUP_TABS, search.tab),
  }),
  loader: ({ context, params }) =>
    loadCrumb(
      () =>
        context.queryClient.query({ ...groupQueryOptions(params.groupId), staleTime: 'static' }),
      (g) => g.displayName,
    ),
  staticData: { breadcrumb: 'shell.crumb.group' },
}).lazy(() =>
  withWords(ROUTE_WORDS.groups, import('./groups.lazy')).then((m) => m.groupDetailLazyRoute),
);

export const groupsRouteTree = groupsRoute.addChildren([groupListRoute, groupDetailRoute]);
