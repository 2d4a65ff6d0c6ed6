/**
 * Audit records of dynamic membership. When a rule change, an attribute change, a new user or
 * resumed processing moves users into or out of a dynamic group, Graph writes one `Add member to
 * group` / `Remove member from group` per member moved (GroupManagement), with the group and the
 * member as targets, initiated by the dynamic membership service rather than the admin. The engine
 * does not report who moved, so the emulator diffs the membership before and after the change.
 */
import {
  ACTIVITY,
  DYNAMIC_MEMBERSHIP_APP,
  groupTarget,
  userTarget,
  type AuditFacts,
  type TargetResource,
} from './audit';
import type { Actor } from './model';
import type { TenantStore } from './store';

const SERVICE: Actor = { kind: 'app', app: DYNAMIC_MEMBERSHIP_APP };

/** A group's direct members at one moment. */
export interface GroupMembers {
  readonly users: readonly string[];
  readonly groups: readonly string[];
}

/** No members: what a group being created, or a user being created, starts from. */
export const NO_MEMBERS: GroupMembers = Object.freeze({ users: [], groups: [] });

/** The members of a group now, or null while audit is off (seeding pays nothing for it). */
export function membersOf(store: TenantStore, groupId: string): GroupMembers | null {
  if (!store.auditEnabled) return null;
  const view = store.tenant.group(groupId);
  return view ? { users: view.userMemberIds, groups: view.groupMemberIds } : NO_MEMBERS;
}

/** The groups a user is a direct member of now, or null while audit is off. */
export function groupsOf(store: TenantStore, userId: string): readonly string[] | null {
  if (!store.auditEnabled) return null;
  return store.tenant.profile(userId) ? store.tenant.memberOf(userId) : [];
}

/** Items of `list` that `other` lacks, in `list`'s order. */
function missingFrom(list: readonly string[], other: readonly string[]): string[] {
  if (list.length === 0) return [];
  const present = new Set(other);
  return list.filter((id) => !present.has(id));
}

function groupRef(store: TenantStore, groupId: string) {
  const extras = store.groups.get(groupId);
  return {
    id: groupId,
    displayName: extras?.displayName ?? null,
    unified: extras?.groupTypes.includes('Unified') ?? false,
  };
}

function userRef(store: TenantStore, userId: string): TargetResource {
  const profile = store.tenant.profile(userId);
  return userTarget({
    id: userId,
    displayName: profile?.displayName ?? null,
    userPrincipalName: profile?.userPrincipalName ?? userId,
  });
}

function facts(joined: boolean, group: TargetResource, member: TargetResource): AuditFacts {
  return joined
    ? {
        category: 'GroupManagement',
        activityDisplayName: ACTIVITY.addMember,
        operationType: 'Assign',
        resultReason: 'Successfully added member to group',
        targetResources: [group, member],
      }
    : {
        category: 'GroupManagement',
        activityDisplayName: ACTIVITY.removeMember,
        operationType: 'Unassign',
        targetResources: [group, member],
      };
}

/**
 * Records every member who joined or left `groupId` since `before` (users who joined, then users
 * and nested groups who left). Linear in the group's size; one shared group target per call.
 */
export function recordGroupMoves(
  store: TenantStore,
  correlationId: string,
  groupId: string,
  before: GroupMembers | null,
): void {
  if (before === null || !store.auditEnabled) return;
  const after = membersOf(store, groupId) ?? NO_MEMBERS;
  const joined = missingFrom(after.users, before.users);
  const left = missingFrom(before.users, after.users);
  const leftGroups = missingFrom(before.groups, after.groups);
  if (joined.length + left.length + leftGroups.length === 0) return;
  const group = groupTarget(groupRef(store, groupId));
  for (const id of joined)
    store.record(SERVICE, correlationId, facts(true, group, userRef(store, id)));
  for (const id of left)
    store.record(SERVICE, correlationId, facts(false, group, userRef(store, id)));
  for (const id of leftGroups)
    store.record(SERVICE, correlationId, facts(false, group, groupTarget(groupRef(store, id))));
}

/** Records the dynamic groups `userId` joined or left since `before`. */
export function recordUserMoves(
  store: TenantStore,
  correlationId: string,
  userId: string,
  before: readonly string[] | null,
): void {
  if (before === null || !store.auditEnabled) return;
  const after = groupsOf(store, userId) ?? [];
  const joined = missingFrom(after, before);
  const left = missingFrom(before, after);
  if (joined.length + left.length === 0) return;
  const user = userRef(store, userId);
  for (const id of joined)
    store.record(SERVICE, correlationId, facts(true, groupTarget(groupRef(store, id)), user));
  for (const id of left)
    store.record(SERVICE, correlationId, facts(false, groupTarget(groupRef(store, id)), user));
}
