/**
 * A product's service plans as the Service plans tab lists them. The wire `subscribedSku` does not
 * flag plans added after purchase, so a plan is **new** when the catalog's plan list for the product
 * (what was bought) does not have it. Groups gain a new plan unless their `disabledPlans` deny it
 * (LICENSING.md rule 10).
 */
import { catalog } from '../../engine';
import type { Group, SubscribedSku } from '../../lib/graph/graph-types';

export interface ServicePlanRow {
  readonly servicePlanId: string;
  readonly servicePlanName: string;
  readonly friendlyName: string;
  readonly isNew: boolean;
  /** For a new plan: the groups assigning the product where the plan is enabled. */
  readonly enabledInGroups: readonly Pick<Group, 'id' | 'displayName'>[];
}

export function friendlyPlanName(servicePlanId: string, servicePlanName: string): string {
  return catalog.plan(servicePlanId)?.friendlyName ?? servicePlanName;
}

/** The product's plans, new ones first (they need the admin's review), otherwise in the subscription's order. */
export function servicePlanRows(
  sku: SubscribedSku,
  licensedGroups: readonly Group[],
): ServicePlanRow[] {
  const skuId = (sku.skuId ?? '').toLowerCase();
  const bought = new Set(
    (catalog.product(skuId)?.servicePlanIds ?? []).map((id) => id.toLowerCase()),
  );
  const rows = (sku.servicePlans ?? []).map((plan) => {
    const servicePlanId = (plan.servicePlanId ?? '').toLowerCase();
    const servicePlanName = plan.servicePlanName ?? servicePlanId;
    const isNew = !bought.has(servicePlanId);
    const enabledInGroups = isNew
      ? licensedGroups.filter((group) => {
          const license = group.assignedLicenses?.find(
            (l) => (l.skuId ?? '').toLowerCase() === skuId,
          );
          return (
            license !== undefined &&
            !(license.disabledPlans ?? []).some((id) => id.toLowerCase() === servicePlanId)
          );
        })
      : [];
    return {
      servicePlanId,
      servicePlanName,
      friendlyName: friendlyPlanName(servicePlanId, servicePlanName),
      isNew,
      enabledInGroups,
    };
  });
  return [...rows.filter((r) => r.isNew), ...rows.filter((r) => !r.isNew)];
}
