/** One group (`/groups/$groupId?tab=`): Overview, Members, Licenses, and the tabs composed in by the route. */
import { Tab, TabList, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwiseRegular, PeopleTeamRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Blade } from '../../components/blade';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import type { Group } from '../../lib/graph/graph-types';
import { useBreadcrumbLabel } from '../../lib/navigation/breadcrumb-store';
import { GroupLicensesTab } from './group-licenses-tab';
import { GroupMembersTab } from './group-members-tab';
import { isDynamic } from './group-names';
import { GroupOverviewTab } from './group-overview-tab';
import type { GroupTab } from './group-search';
import { ReprocessButton } from './reprocess-button';
import { useGroup } from './use-group';
import { useRefreshWhenProcessed } from './use-refresh-when-processed';

const route = getRouteApi('/groups/$groupId');

const TAB_LABELS: Record<GroupTab, string> = {
  overview: 'Overview',
  members: 'Members',
  licenses: 'Licenses',
  rule: 'Dynamic membership rules',
  audit: 'Audit logs',
};

export interface GroupDetailPageProps {
  /** The "Dynamic membership rules" tab (dynamic groups only), composed in by the route. */
  readonly renderRuleTab?: (group: Group) => ReactNode;
  /** The "Audit logs" tab, composed in by the route. */
  readonly renderAuditTab?: (group: Group) => ReactNode;
}

export function GroupDetailPage({ renderRuleTab, renderAuditTab }: GroupDetailPageProps) {
  const { groupId } = route.useParams();
  const { tab: requested = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useGroup(groupId);
  const group = query.data;
  useBreadcrumbLabel(group?.displayName);
  useRefreshWhenProcessed(group);
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['graph', 'groups', groupId] }),
      queryClient.invalidateQueries({ queryKey: ['graph', 'subscribedSkus'] }),
    ]);

  const tabs: GroupTab[] = ['overview', 'members', 'licenses'];
  if (renderRuleTab && group && isDynamic(group)) tabs.push('rule');
  if (renderAuditTab) tabs.push('audit');
  const tab = group && !tabs.includes(requested) ? 'overview' : requested;

  return (
    <Blade
      title={group?.displayName ?? 'Group'}
      subtitle="Group"
      icon={<PeopleTeamRegular />}
      commands={
        <Toolbar aria-label="Group commands">
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={() => void refresh()}>
            Refresh
          </ToolbarButton>
          {group ? <ReprocessButton group={group} /> : null}
        </Toolbar>
      }
      tabs={
        <TabList
          selectedValue={tab}
          onTabSelect={(_event, data) => void navigate({ search: { tab: data.value as GroupTab } })}
        >
          {tabs.map((value) => (
            <Tab key={value} value={value}>
              {TAB_LABELS[value]}
            </Tab>
          ))}
        </TabList>
      }
    >
      {query.isPending ? <Loading label="Loading group" /> : null}
      {query.isError ? (
        <ErrorMessage
          title="Could not load the group"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {group && tab === 'overview' ? <GroupOverviewTab group={group} /> : null}
      {group && tab === 'members' ? <GroupMembersTab group={group} /> : null}
      {group && tab === 'licenses' ? <GroupLicensesTab group={group} /> : null}
      {group && tab === 'rule' ? renderRuleTab?.(group) : null}
      {group && tab === 'audit' ? renderAuditTab?.(group) : null}
    </Blade>
  );
}
