/**
 * What Reclaim would take back from the selected users, decided before anything is sent: per
 * user, the direct licences to remove and the static groups to leave; the dynamic groups that keep
 * giving a product (a member cannot be removed from a dynamic group: its rule decides); the
 * products each user loses and the seats freed. Pure: the preview, the confirmation and the
 * writes all read this one plan.
 *
 * - A seat is freed only when a user holds the product (applied) and every path to it goes.
 * - Licensing follows first-level members only (LICENSING.md rule 3), so every group path names
 *   a group the user is a direct member of: that membership is what is removed.
 * - What the admin's role may not do (remove licences, remove members) is left out of the plan
 *   and counted, so Reclaim never sends a write that the role would have refused.
 */
import type { ReclaimRequest } from '../../api/reclaim';
import type { Group, InactiveUser, SkuId } from '../../api/types';
import type { GroupId } from '../../lib/ids';

export interface ReclaimPermissions {
  readonly removeLicenses: boolean;
  readonly removeMembers: boolean;
}

export interface UserReclaim extends ReclaimRequest {
  /** Products the user no longer has afterwards. */
  readonly loses: readonly SkuId[];
  /** Dynamic groups that keep giving the user a product. */
  readonly keptBy: readonly { readonly id: GroupId; readonly name: string }[];
}

export interface GroupInPlan {
  readonly id: GroupId;
  readonly name: string;
  readonly rule: string | null;
  /** Selected users who leave it (static) or stay in it (dynamic). */
  readonly users: number;
}

export interface ReclaimPlan {
  readonly users: readonly UserReclaim[];
  /** Users with something to take back. */
  readonly changing: number;
  readonly seatsFreed: readonly { readonly skuId: SkuId; readonly count: number }[];
  readonly losing: readonly { readonly skuId: SkuId; readonly count: number }[];
  readonly licensesRemoved: number;
  readonly leaving: readonly GroupInPlan[];
  readonly dynamic: readonly GroupInPlan[];
  /** Direct licences and memberships the admin's role may not remove. */
  readonly notAllowed: { readonly licenses: number; readonly memberships: number };
}

const tally = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** The plan for `users`; `groups` holds every group their paths name (unknown ones count as static). */
export function reclaimPlan(
  users: readonly InactiveUser[],
  groups: ReadonlyMap<GroupId, Group>,
  can: ReclaimPermissions,
): ReclaimPlan {
  const freed = new Map<SkuId, number>();
  const losing = new Map<SkuId, number>();
  const leaving = new Map<GroupId, number>();
  const staying = new Map<GroupId, number>();
  const names = new Map<GroupId, string>();
  const notAllowed = { licenses: 0, memberships: 0 };
  const planned = users.map((user): UserReclaim => {
    const direct = new Set<SkuId>();
    const leave = new Map<GroupId, string>();
    const keptBy = new Map<GroupId, string>();
    const kept = new Set<SkuId>();
    const blocked = new Set<GroupId>();
    for (const a of user.assignments) {
      if (a.source.kind === 'direct') {
        if (can.removeLicenses) direct.add(a.skuId);
        else {
          notAllowed.licenses++;
          kept.add(a.skuId);
        }
        continue;
      }
      const { groupId, groupName } = a.source;
      names.set(groupId, groups.get(groupId)?.displayName ?? groupName);
      if (groups.get(groupId)?.isDynamic) {
        keptBy.set(groupId, groupName);
        kept.add(a.skuId);
      } else if (can.removeMembers) leave.set(groupId, groupName);
      else {
        blocked.add(groupId);
        kept.add(a.skuId);
      }
    }
    notAllowed.memberships += blocked.size;
    const held = new Set([...user.licenses, ...user.assignments.map((a) => a.skuId)]);
    const loses = [...held].filter((sku) => !kept.has(sku));
    for (const sku of loses) {
      tally(losing, sku);
      if (user.licenses.includes(sku)) tally(freed, sku);
    }
    for (const id of leave.keys()) tally(leaving, id);
    for (const id of keptBy.keys()) tally(staying, id);
    return {
      userId: user.id,
      name: user.displayName,
      removeLicenses: [...direct],
      leaveGroups: [...leave].map(([id, name]) => ({ id, name })),
      loses,
      keptBy: [...keptBy].map(([id, name]) => ({ id, name })),
    };
  });
  const inPlan = (counts: Map<GroupId, number>): GroupInPlan[] =>
    [...counts].map(([id, count]) => ({
      id,
      name: names.get(id) ?? id,
      rule: groups.get(id)?.membershipRule ?? null,
      users: count,
    }));
  const bySku = (counts: Map<SkuId, number>) =>
    [...counts].map(([skuId, count]) => ({ skuId, count }));
  return {
    users: planned,
    changing: planned.filter((u) => u.removeLicenses.length + u.leaveGroups.length > 0).length,
    seatsFreed: bySku(freed),
    losing: bySku(losing),
    licensesRemoved: planned.reduce((n, u) => n + u.removeLicenses.length, 0),
    leaving: inPlan(leaving),
    dynamic: inPlan(staying),
    notAllowed,
  };
}

/** The writes of a plan: only users with something to take back. */
export const reclaimRequests = (plan: ReclaimPlan): ReclaimRequest[] =>
  plan.users
    .filter((u) => u.removeLicenses.length + u.leaveGroups.length > 0)
    .map(({ userId, name, removeLicenses, leaveGroups }) => ({
      userId,
      name,
      removeLicenses,
      leaveGroups,
    }));
