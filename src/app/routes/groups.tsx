/** Groups (`/groups?q=&filter=`) and one group (`/groups/$groupId?tab=`), with the rule and audit tabs composed in. */
import { Outlet, createRoute } from '@tanstack/react-router';
import { groupQueryOptions, groupsQueryOptions } from '../../api/groups';
import type { Group } from '../../api/types';
import { AuditLogPanel } from '../../features/audit/audit-log-panel';
import { DynamicRulePanel } from '../../features/dynamic-rules/dynamic-rule-panel';
import { NewDynamicGroupButton } from '../../features/dynamic-rules/new-dynamic-group-button';
import { GroupDetailPage } from '../../features/groups/group-detail-page';
import {
  GROUP_FILTERS,
  GROUP_TABS,
  type GroupFilter,
  type GroupTab,
} from '../../features/groups/group-search';
import { GroupsPage } from '../../features/groups/groups-page';
import { toGroupId } from '../../lib/ids';
import { optionalOneOf, optionalString } from '../../lib/url/search-params';
import { loadCrumb, preload } from './loaders';
import { rootRoute } from './root';

export const groupsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'groups',
  component: Outlet,
  staticData: { breadcrumb: 'Groups' },
});

function GroupList() {
  return <GroupsPage toolbarExtras={<NewDynamicGroupButton />} />;
}

const ruleTab = (group: Group) => <DynamicRulePanel group={group} />;
const auditTab = (group: Group) => (
  <AuditLogPanel targetId={group.id} targetName={group.displayName} />
);

function GroupDetail() {
  return <GroupDetailPage renderRuleTab={ruleTab} renderAuditTab={auditTab} />;
}

export const groupListRoute = createRoute({
  getParentRoute: () => groupsRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): { q?: string; filter?: GroupFilter } => ({
    q: optionalString(search.q),
    filter: optionalOneOf(GROUP_FILTERS, search.filter),
  }),
  loaderDeps: ({ search }) => ({ search: search.q ?? '', filter: search.filter }),
  loader: ({ context, deps }) =>
    preload(() => context.queryClient.query({ ...groupsQueryOptions(deps), staleTime: 'static' })),
  component: GroupList,
});

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
  component: GroupDetail,
  staticData: { breadcrumb: 'Group' },
});

export const groupsRouteTree = groupsRoute.addChildren([groupListRoute, groupDetailRoute]);
