/**
 * The components of the group blades (`./groups`), loaded on demand, with the dynamic-rule and
 * audit tabs composed in. The rule tab (the rule editor and the engine's rule compiler) is a chunk
 * of its own, loaded when the tab opens (and prefetched once the group blade is idle).
 */
import { createLazyRoute } from '@tanstack/react-router';
import { Suspense, lazy, useEffect } from 'react';
import { Loading } from '../../components/loading';
import { AuditLogPanel } from '../../features/audit/audit-log-panel';
import { NewDynamicGroupButton } from '../../features/dynamic-rules/new-dynamic-group-button';
import { GroupDetailPage } from '../../features/groups/group-detail-page';
import { GroupsPage } from '../../features/groups/groups-page';
import type { Group } from '../../api/types';
import { whenIdle } from '../prefetch';
import { useT } from '../../lib/i18n/use-t';

const loadRulePanel = () => import('../../features/dynamic-rules/dynamic-rule-panel');
const DynamicRulePanel = lazy(() => loadRulePanel().then((m) => ({ default: m.DynamicRulePanel })));

function GroupList() {
  return <GroupsPage toolbarExtras={<NewDynamicGroupButton />} />;
}

function RuleLoading() {
  const t = useT();
  return <Loading label={t('shell.loadingRule')} rows={3} />;
}

const ruleTab = (group: Group) => (
  <Suspense fallback={<RuleLoading />}>
    <DynamicRulePanel group={group} />
  </Suspense>
);
const auditTab = (group: Group) => (
  <AuditLogPanel targetId={group.id} targetName={group.displayName} />
);

function GroupDetail() {
  useEffect(() => whenIdle(() => void loadRulePanel()), []);
  return <GroupDetailPage renderRuleTab={ruleTab} renderAuditTab={auditTab} />;
}

export const groupListLazyRoute = createLazyRoute('/groups/')({ component: GroupList });

export const groupDetailLazyRoute = createLazyRoute('/groups/$groupId')({
  component: GroupDetail,
});
