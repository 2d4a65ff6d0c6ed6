/** The failed assignments of a group, one row per user and product, with the reason in words. */
import { catalog } from '../../engine';
import type { AssignedLicense, SubscribedSku, User } from '../../lib/graph/graph-types';
import { errorReason, planName, productName } from './group-names';

export interface LicenseErrorRow {
  readonly id: string;
  readonly userId: string;
  readonly userName: string;
  readonly skuId: string;
  readonly product: string;
  readonly error: string;
  readonly reason: string;
}

/** Plans this group would enable that clash with plans the user already has (Microsoft's exclusivity groups). */
function conflictingPlans(
  user: User,
  license: AssignedLicense | undefined,
  sku: SubscribedSku | undefined,
): string[] {
  const skuId = license?.skuId ?? '';
  const disabled = new Set((license?.disabledPlans ?? []).map((id) => id.toLowerCase()));
  const groupPlans = (catalog.product(skuId)?.servicePlanIds ?? []).filter(
    (id) => !disabled.has(id.toLowerCase()),
  );
  const userPlans = (user.assignedPlans ?? [])
    .filter((p) => p.capabilityStatus === 'Enabled')
    .map((p) => (p.servicePlanId ?? '').toLowerCase());
  const names = new Set<string>();
  for (const group of catalog.exclusiveGroups) {
    const inGroup = new Set(group.servicePlanIds.map((id) => id.toLowerCase()));
    const mine = groupPlans.filter((id) => inGroup.has(id.toLowerCase()));
    const theirs = userPlans.filter(
      (id) => inGroup.has(id) && !mine.some((m) => m.toLowerCase() === id),
    );
    if (mine.length > 0 && theirs.length > 0) {
      for (const id of [...mine, ...theirs]) names.add(planName(id, sku));
    }
  }
  return [...names];
}

function otherProducts(
  user: User,
  groupId: string,
  skuId: string,
  skus: readonly SubscribedSku[] | undefined,
): string[] {
  const others = (user.licenseAssignmentStates ?? []).filter(
    (s) => s.skuId !== skuId && s.assignedByGroup !== groupId && s.state === 'Active',
  );
  return [
    ...new Set([productName(skuId, skus), ...others.map((s) => productName(s.skuId ?? '', skus))]),
  ];
}

export function licenseErrorRows(
  users: readonly User[],
  groupId: string,
  licenses: readonly AssignedLicense[],
  skus: readonly SubscribedSku[] | undefined,
): LicenseErrorRow[] {
  return users.flatMap((user) =>
    (user.licenseAssignmentStates ?? [])
      .filter((s) => s.assignedByGroup === groupId && (s.error ?? 'None') !== 'None')
      .map((s) => {
        const skuId = s.skuId ?? '';
        const sku = skus?.find((x) => x.skuId === skuId);
        let reason = errorReason(s.error);
        if (s.error === 'MutuallyExclusiveViolation') {
          const plans = conflictingPlans(
            user,
            licenses.find((l) => l.skuId === skuId),
            sku,
          );
          reason = `${reason}: ${(plans.length > 0 ? plans : otherProducts(user, groupId, skuId, skus)).join(', ')}`;
        }
        return {
          id: `${user.id ?? ''}:${skuId}`,
          userId: user.id ?? '',
          userName: user.displayName ?? user.userPrincipalName ?? user.id ?? '',
          skuId,
          product: productName(skuId, skus),
          error: s.error ?? '',
          reason,
        };
      }),
  );
}

/** The most frequent reason, for the section's summary. */
export function topReason(rows: readonly LicenseErrorRow[]): string | null {
  const counts = new Map<string, number>();
  for (const row of rows)
    counts.set(errorReason(row.error), (counts.get(errorReason(row.error)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
