/** Groups (`/groups?q=&filter=`) and one group (`/groups/$groupId?tab=`). */
import { Outlet, createRoute } from '@tanstack/react-router';
import { GroupDetailPage } from '../../features/groups/group-detail-page';
import { GROUP_FILTERS, GROUP_TABS } from '../../features/groups/group-search';
import { GroupsPage } from '../../features/groups/groups-page';
import { optionalOneOf, optionalString } from '../../lib/url/search-params';
import { rootRoute } from './root';

export const groupsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'groups',
  component: Outlet,
  staticData: { breadcrumb: 'Groups' },
});

export const groupListRoute = createRoute({
  getParentRoute: () => groupsRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): { q?: string; filter?: (typeof GROUP_FILTERS)[number] } => ({
    q: optionalString(search.q),
    filter: optionalOneOf(GROUP_FILTERS, search.filter),
  }),
  component: GroupsPage,
});

export const groupDetailRoute = createRoute({
  getParentRoute: () => groupsRoute,
  path: '$groupId',
  validateSearch: (search: Record<string, unknown>): { tab?: (typeof GROUP_TABS)[number] } => ({ tab: optionalOneOf(GROUP_TABS, search.tab) }),
  component: GroupDetailPage,
  staticData: { breadcrumb: 'Group' },
});

export const groupsRouteTree = groupsRoute.addChildren([groupListRoute, groupDetailRoute]);
