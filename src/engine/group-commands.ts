/**
 * Commands on groups: create, delete, security flag, members, membership rules and the group's
 * licences. Each validates first and throws `LicensingError` before changing anything; licence work
 * for members is queued, never applied here (processing applies it).
 */
import { LicensingError, messages } from './errors';
import { nextGroupLicenses } from './group-licenses';
import { enqueueMembership } from './membership-queue';
import { evaluateGroup, join, leave } from './membership';
import type { JobQueue } from './processing';
import { notFoundMessage, requireGroup } from './records';
import {
  mapSet,
  setAdd,
  setDeleteOrdered,
  write,
  type GroupRecord,
  type TenantState,
  type UserRecord,
} from './state';
import type { GroupDefinition, LicenseRequest, MembershipRule } from './types';

/** Creates a group; a dynamic group evaluates its rule at once. */
export function createGroup(state: TenantState, definition: GroupDefinition): GroupRecord {
  if (state.groupById.has(definition.id))
    throw new LicensingError('Invalid', `A group with id ${definition.id} already exists.`);
  const membership = definition.membership;
  const group: GroupRecord = {
    ord: state.groups.length,
    id: definition.id,
    securityEnabled: definition.securityEnabled,
    dynamic:
      membership.kind === 'dynamic' ? { rule: membership.rule, paused: membership.paused } : null,
    licenses: [],
    members: new Set(),
    memberGroups: new Set(),
    alive: true,
    intents: null,
  };
  state.groups.push(group);
  state.journal?.record(() => state.groups.pop());
  mapSet(state, state.groupById, group.id, group);
  evaluateGroup(state, group);
  return group;
}

/** Refused while the group has licences (rule 13). */
export function deleteGroup(state: TenantState, groupId: string): void {
  const group = requireGroup(state, groupId);
  if (group.licenses.length > 0)
    throw new LicensingError('Invalid', messages.licensedGroupDelete(groupId));
  for (const user of [...group.members]) leave(state, group, user);
  for (const other of state.groups)
    if (other.memberGroups.has(groupId)) setDeleteOrdered(state, other.memberGroups, groupId);
  write(state, group, 'alive', false);
  mapSet(state, state.groupById, groupId, undefined);
}

/** A licensed group cannot stop being security-enabled: its licences would silently stop applying. */
export function setSecurityEnabled(
  state: TenantState,
  groupId: string,
  securityEnabled: boolean,
): void {
  const group = requireGroup(state, groupId);
  if (group.securityEnabled === securityEnabled) return;
  if (!securityEnabled && group.licenses.length > 0)
    throw new LicensingError('Invalid', messages.notSecurityEnabled(groupId));
  write(state, group, 'securityEnabled', securityEnabled);
}

/**
 * Adds several members at once (Graph's `members@odata.bind`): all are checked first, then
 * added, and their licences are queued as one job. Refused on dynamic groups.
 */
export function addMembers(
  state: TenantState,
  queue: JobQueue,
  groupId: string,
  memberIds: readonly string[],
): void {
  const group = requireGroup(state, groupId);
  if (group.dynamic) throw new LicensingError('Invalid', messages.dynamicMembers(groupId));
  const seen = new Set<string>();
  const members = memberIds.map((memberId) => {
    const user = state.userById.get(memberId);
    const nested = user ? undefined : state.groupById.get(memberId);
    if (!user && !nested) throw new LicensingError('NotFound', notFoundMessage(memberId));
    if (seen.has(memberId) || (user && group.members.has(user)) || group.memberGroups.has(memberId))
      throw new LicensingError(
        'Invalid',
        "One or more added object references already exist for the following modified properties: 'members'.",
      );
    if (nested === group)
      throw new LicensingError('Invalid', 'A group cannot be a member of itself.');
    seen.add(memberId);
    return { user, memberId };
  });
  const users: UserRecord[] = [];
  for (const { user, memberId } of members) {
    if (!user) {
      setAdd(state, group.memberGroups, memberId);
      continue;
    }
    join(state, group, user);
    users.push(user);
  }
  enqueueMembership(queue, [group], users);
}

/** Removes a user or nested group. Refused on dynamic groups. */
export function removeMember(
  state: TenantState,
  queue: JobQueue,
  groupId: string,
  memberId: string,
): void {
  const group = requireGroup(state, groupId);
  if (group.dynamic) throw new LicensingError('Invalid', messages.dynamicMembers(groupId));
  if (group.memberGroups.has(memberId)) {
    setDeleteOrdered(state, group.memberGroups, memberId);
    return;
  }
  const user = state.userById.get(memberId);
  if (!user || !group.members.has(user))
    throw new LicensingError('NotFound', notFoundMessage(memberId));
  leave(state, group, user);
  enqueueMembership(queue, [group], [user]);
}

/**
 * Sets (or clears) a group's membership rule. A rule change re-evaluates membership: users who
 * no longer match leave, users who still match are untouched, new matches join. A group turning
 * dynamic drops its nested groups.
 */
export function setMembershipRule(
  state: TenantState,
  queue: JobQueue,
  groupId: string,
  rule: MembershipRule | null,
): void {
  const group = requireGroup(state, groupId);
  if (rule === null) {
    write(state, group, 'dynamic', null);
    return;
  }
  if (!group.dynamic) {
    for (const nested of [...group.memberGroups])
      setDeleteOrdered(state, group.memberGroups, nested);
  }
  write(state, group, 'dynamic', { rule, paused: group.dynamic?.paused ?? false });
  const { joined, left } = evaluateGroup(state, group);
  enqueueMembership(queue, [group], [...joined, ...left]);
}

/** Pauses or resumes membership processing; resuming re-evaluates the rule. */
export function setMembershipPaused(
  state: TenantState,
  queue: JobQueue,
  groupId: string,
  paused: boolean,
): void {
  const group = requireGroup(state, groupId);
  if (!group.dynamic)
    throw new LicensingError('Invalid', `Group ${groupId} has no membership rule to pause.`);
  if (group.dynamic.paused === paused) return;
  write(state, group, 'dynamic', { ...group.dynamic, paused });
  if (!paused) {
    const { joined, left } = evaluateGroup(state, group);
    enqueueMembership(queue, [group], [...joined, ...left]);
  }
}

/** `assignLicense` on a group: validated now, applied to members by queued processing. */
export function assignGroupLicenses(
  state: TenantState,
  queue: JobQueue,
  groupId: string,
  add: readonly LicenseRequest[],
  remove: readonly string[],
): { before: readonly LicenseRequest[]; after: readonly LicenseRequest[] } {
  const group = requireGroup(state, groupId);
  const before = group.licenses;
  const after = nextGroupLicenses(state, group, add, remove);
  write(state, group, 'licenses', after);
  queue.enqueue('groupLicenses', [group], group.members, null, false, { membersOf: group });
  return { before, after };
}

/** Reprocess on a group: retries its entries in error for its members and former members. */
export function reprocessGroup(state: TenantState, queue: JobQueue, groupId: string): void {
  const group = requireGroup(state, groupId);
  const holders = state.users.filter((u) => u.alive && u.entries.some((e) => e.group === group));
  queue.enqueue('reprocess', [group], [...group.members, ...holders], group, false, {
    membersOf: group,
  });
}
