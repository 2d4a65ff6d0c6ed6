/** Read-only questions about groups: the group view, members in error, groups with new plans. */
import type { JobQueue } from './processing';
import { requireGroup } from './records';
import type { GroupRecord, TenantState } from './state';
import { skuRecord } from './subscriptions';
import type { GroupView } from './types';

/** The public view of a group; member ids are sorted only when read. */
export function groupView(queue: JobQueue, group: GroupRecord): GroupView {
  const processing = queue.stateOf(group);
  let members: string[] | undefined;
  return {
    id: group.id,
    securityEnabled: group.securityEnabled,
    membershipKind: group.dynamic ? 'dynamic' : 'assigned',
    membershipRule: group.dynamic?.rule.text ?? null,
    paused: group.dynamic?.paused ?? false,
    assignedLicenses: group.licenses,
    // Sorting 60,000 members is only paid by callers that read them.
    get userMemberIds() {
      members ??= [...group.members].sort((a, b) => a.ord - b.ord).map((u) => u.profile.id);
      return members;
    },
    userMemberCount: group.members.size,
    groupMemberIds: [...group.memberGroups],
    licenseProcessingState: processing.state,
    progress: { processed: processing.processed, total: processing.total },
  };
}

/**
 * Whether any user holds an entry of the group in error: also after the group's licences were
 * removed, while an entry is kept for a prerequisite (rule 8). Stops at the first one found.
 */
export function hasMembersWithLicenseErrors(state: TenantState, groupId: string): boolean {
  const group = requireGroup(state, groupId);
  for (const user of state.users) {
    if (!user.alive) continue;
    for (const entry of user.entries)
      if (entry.group === group && entry.error !== 'None') return true;
  }
  return false;
}

/** Users holding an entry of the group in error, in creation order. */
export function membersWithLicenseErrors(state: TenantState, groupId: string): string[] {
  const group = requireGroup(state, groupId);
  return state.users
    .filter((u) => u.alive && u.entries.some((e) => e.group === group && e.error !== 'None'))
    .map((u) => u.profile.id);
}

/** Groups that assign the SKU with a plan added after the product was bought enabled (to review). */
export function groupsWithNewPlans(
  state: TenantState,
  skuId: string,
): { groupId: string; servicePlanIds: string[] }[] {
  const sku = skuRecord(state, skuId);
  const added = [...sku.planAddedAt.keys()];
  return state.groups.flatMap((g) => {
    const license = g.alive ? g.licenses.find((l) => l.skuId === sku.skuId) : undefined;
    const enabled = license ? added.filter((id) => !license.disabledPlans.includes(id)) : [];
    return enabled.length > 0 ? [{ groupId: g.id, servicePlanIds: enabled }] : [];
  });
}
