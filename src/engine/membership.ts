import {
  setAdd,
  setDelete,
  write,
  type GroupRecord,
  type TenantState,
  type UserRecord,
} from './state';
import type { AssignedPlanView } from './user-profile';
import type { MembershipContext } from './types';
import { assignedPlans, rawOf } from './views';

/** Adds a user to a group's members and the group to the user's groups (kept in creation order). */
export function join(state: TenantState, group: GroupRecord, user: UserRecord): boolean {
  if (group.members.has(user)) return false;
  setAdd(state, group.members, user);
  const groups = [...user.groups, group].sort((a, b) => a.ord - b.ord);
  write(state, user, 'groups', groups);
  return true;
}

/** Removes a user from a group's members. */
export function leave(state: TenantState, group: GroupRecord, user: UserRecord): boolean {
  if (!group.members.has(user)) return false;
  setDelete(state, group.members, user);
  write(
    state,
    user,
    'groups',
    user.groups.filter((g) => g !== group),
  );
  return true;
}

/** The context a membership rule evaluates in: the clock, the user's plans and group memberships. */
export function membershipContext(state: TenantState): MembershipContext {
  return {
    now: state.clock(),
    assignedPlans(userId: string): readonly AssignedPlanView[] {
      const user = state.userById.get(userId);
      if (!user) return [];
      return assignedPlans(state, rawOf(user, state.clock()));
    },
    isMemberOf(userId: string, groupId: string): boolean {
      const user = state.userById.get(userId);
      const id = groupId.toLowerCase();
      return user?.groups.some((g) => g.id.toLowerCase() === id) ?? false;
    },
  };
}

/** Joiners and leavers of a dynamic-membership change. */
export interface MembershipDelta {
  readonly joined: UserRecord[];
  readonly left: UserRecord[];
}

/**
 * Re-evaluates a dynamic group's rule over every user: users who match and are not members join,
 * members who no longer match leave, the rest are untouched. A paused group does not move.
 */
export function evaluateGroup(state: TenantState, group: GroupRecord): MembershipDelta {
  const delta: MembershipDelta = { joined: [], left: [] };
  const dynamic = group.dynamic;
  if (!dynamic || dynamic.paused) return delta;
  const ctx = membershipContext(state);
  for (const user of state.users) {
    if (!user.alive) continue;
    const matches = dynamic.rule.matches(user.profile, ctx);
    if (matches && join(state, group, user)) delta.joined.push(user);
    else if (!matches && leave(state, group, user)) delta.left.push(user);
  }
  return delta;
}

/**
 * Re-evaluates every active dynamic group for one user (after an attribute change or creation).
 * Repeats while memberships move, because `memberof` rules read other groups' memberships; the
 * number of rounds is bounded by the number of dynamic groups.
 */
export function evaluateUser(state: TenantState, user: UserRecord): GroupRecord[] {
  const moved = new Set<GroupRecord>();
  const dynamicGroups = state.groups.filter((g) => g.alive && g.dynamic && !g.dynamic.paused);
  for (let round = 0; round <= dynamicGroups.length; round++) {
    const ctx = membershipContext(state);
    let changed = false;
    for (const group of dynamicGroups) {
      const matches = group.dynamic?.rule.matches(user.profile, ctx) ?? false;
      const did = matches ? join(state, group, user) : leave(state, group, user);
      if (did) {
        moved.add(group);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return [...moved];
}
