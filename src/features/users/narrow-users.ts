/**
 * Lists read whole (the users in licence error, the inactive licensed users) are narrowed by the
 * blade's search and product here, as Graph narrows the paged list.
 */
import type { SkuId, UserSummary } from '../../api/types';
import { matchesName } from '../../lib/name-search';

export function narrow<U extends UserSummary>(
  users: readonly U[],
  term: string,
  sku: SkuId | undefined,
): U[] {
  return users.filter(
    (u) =>
      matchesName(u.displayName, term) &&
      (!sku || u.licenses.includes(sku) || u.assignments.some((a) => a.skuId === sku)),
  );
}
