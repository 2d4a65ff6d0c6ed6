import { resolveRequests, requireSku } from './direct';
import { LicensingError, messages } from './errors';
import type { GroupRecord, TenantState } from './state';
import type { LicenseRequest } from './types';
import { variantOf } from './variants';

/**
 * The licences a group will carry after `assignLicense`, validated: security-enabled group, known
 * SKUs and plans, removals of SKUs the group has, and Microsoft-documented prerequisites enabled in
 * the same group. Throws before anything changes.
 */
export function nextGroupLicenses(
  state: TenantState,
  group: GroupRecord,
  add: readonly LicenseRequest[],
  remove: readonly string[],
): LicenseRequest[] {
  const adds = resolveRequests(state, add);
  if (adds.length > 0 && !group.securityEnabled)
    throw new LicensingError('Invalid', messages.notSecurityEnabled(group.id));
  const removes = remove.map((skuId) => requireSku(state, skuId).skuId);
  for (const skuId of removes) {
    if (adds.some((a) => a.sku.skuId === skuId))
      throw new LicensingError('Invalid', messages.duplicateSku(skuId));
    if (!group.licenses.some((l) => l.skuId === skuId))
      throw new LicensingError('Invalid', messages.groupNotAssigned(skuId, group.id));
  }
  const kept = group.licenses.filter(
    (l) => !removes.includes(l.skuId) && !adds.some((a) => a.sku.skuId === l.skuId),
  );
  const next = [
    ...kept,
    ...adds.map(({ sku, disabledPlans }) => ({
      skuId: sku.skuId,
      disabledPlans: [...new Set(disabledPlans)].sort(),
    })),
  ];
  checkSameGroupDependencies(state, next);
  return next;
}

/** Every plan a group enables with a documented prerequisite must find it enabled in the same group. */
export function checkSameGroupDependencies(
  state: TenantState,
  licenses: readonly LicenseRequest[],
): void {
  const variants = licenses.flatMap((l) => {
    const sku = state.skuById.get(l.skuId);
    return sku ? [variantOf(sku, l.disabledPlans, state.plans)] : [];
  });
  const has = (id: string) => variants.some((v) => v.planSet.has(id));
  for (const variant of variants) {
    for (const dependent of variant.prerequisites) {
      if (dependent.requiresAnyOf.some((alt) => alt.every(has))) continue;
      const required = dependent.requiresAnyOf.at(-1)?.[0] ?? '';
      throw new LicensingError(
        'Invalid',
        messages.groupDependency(
          state.plans.describe(dependent.planId),
          state.plans.describe(required),
        ),
      );
    }
  }
}
