/**
 * Licensed users' assignment paths: who holds a product directly or through which group, and how
 * many users each path licenses. A user is on every path one of its entries for the product
 * comes from (a user licensed directly and through two groups is on three), whatever the entry's
 * state: the Assignment paths column shows the same.
 */
import type { LicensedUser } from '../../api/licensed-users';
import type { SkuId } from '../../api/types';
import { matchesName } from '../../lib/name-search';
import type { LicensePath } from './product-search';

/** Whether the user holds the product on this path. */
export function onPath(user: LicensedUser, skuId: SkuId, path: LicensePath): boolean {
  return user.assignments.some(
    (a) =>
      a.skuId === skuId &&
      (path === 'direct'
        ? a.source.kind === 'direct'
        : a.source.kind === 'group' && a.source.groupId === path),
  );
}

/** How many users each path licenses. */
export function pathCounts(
  users: readonly LicensedUser[],
  skuId: SkuId,
): ReadonlyMap<LicensePath, number> {
  const counts = new Map<LicensePath, number>();
  for (const user of users) {
    const paths = new Set<LicensePath>();
    for (const a of user.assignments) {
      if (a.skuId !== skuId) continue;
      paths.add(a.source.kind === 'direct' ? 'direct' : a.source.groupId);
    }
    for (const path of paths) counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return counts;
}

/** The users on one path whose name matches the search. */
export const usersOnPath = (
  users: readonly LicensedUser[],
  skuId: SkuId,
  path: LicensePath,
  term: string,
): LicensedUser[] =>
  users.filter((u) => onPath(u, skuId, path) && matchesName(u.displayName, term));
