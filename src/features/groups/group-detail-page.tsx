/** One group (`/groups/$groupId?tab=`): Overview, Members, Licenses, and the tabs composed in by the route. */
import { Toolbar, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwiseRegular, PeopleTeamRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useGroup } from '../../api/groups';
import { useRefresh } from '../../api/refresh';
import type { Group } from '../../api/types';
import { Blade } from '../../components/blade';
import { BladeTabs } from '../../components/blade-tabs';
import { QueryState } from '../../components/query-state';
import { GroupLicensesTab } from './group-licenses-tab';
import { GroupMembersTab } from './group-members-tab';
import { GroupOverviewTab } from './group-overview-tab';
import { GROUP_TAB_LABELS, type GroupTab } from './group-search';
import { ReprocessButton } from './reprocess-button';
import { useT } from '../../lib/i18n/use-t';

const route = getRouteApi('/groups/$groupId');

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
  const refresh = useRefresh();
  const t = useT();
  const group = query.data;
  const tabs: GroupTab[] = ['overview', 'members', 'licenses'];
  if (renderRuleTab && group?.isDynamic === true) tabs.push('rule');
  if (renderAuditTab) tabs.push('audit');
  const tab = group && !tabs.includes(requested) ? 'overview' : requested;
  return (
    <Blade
      title={group?.displayName ?? t('groups.group')}
      subtitle={t('groups.group')}
      icon={<PeopleTeamRegular />}
      commands={
        <Toolbar aria-label={t('groups.commands')}>
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={refresh}>
            {t('common.refresh')}
          </ToolbarButton>
          {group ? <ReprocessButton group={group} /> : null}
        </Toolbar>
      }
      tabs={
        <BladeTabs
          tabs={tabs}
          labels={GROUP_TAB_LABELS}
          selected={tab}
          onSelect={(next) => void navigate({ search: { tab: next } })}
        />
      }
    >
      <QueryState
        query={query}
        data={query.data}
        loading={t('groups.loadingGroup')}
        error={t('groups.loadGroupFailed')}
      >
        {(loaded) => (
          <>
            {tab === 'overview' ? <GroupOverviewTab group={loaded} /> : null}
            {tab === 'members' ? <GroupMembersTab group={loaded} /> : null}
            {tab === 'licenses' ? <GroupLicensesTab group={loaded} /> : null}
            {tab === 'rule' ? renderRuleTab?.(loaded) : null}
            {tab === 'audit' ? renderAuditTab?.(loaded) : null}
          </>
        )}
      </QueryState>
    </Blade>
  );
}
