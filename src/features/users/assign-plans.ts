/** The plan toggles of a direct assignment: which plans it controls and which groups already provide. */
import type { PlanId, SkuId, User } from '../../api/types';
import { planSources, productLicenses } from '../../lib/licensing/product-licenses';

export interface AssignPlanRow {
  readonly planId: PlanId;
  readonly name: string;
  /** Names of the groups that turn the plan on: the plan is shown On and locked. */
  readonly fromGroups: readonly string[];
}

export function assignPlanRows(user: User, skuId: SkuId): AssignPlanRow[] {
  return planSources(user, skuId).map((plan) => ({
    planId: plan.planId,
    name: plan.name,
    fromGroups: plan.enabledBy.flatMap((s) => (s.kind === 'group' ? [s.groupName] : [])),
  }));
}

/** The plans a dialog starts with switched off: the direct licence's, or every plan the groups already give. */
export function initiallyOff(user: User, skuId: SkuId): PlanId[] {
  const direct = productLicenses(user.assignments).find((p) => p.skuId === skuId)?.direct;
  return assignPlanRows(user, skuId)
    .filter((row) =>
      direct ? direct.disabledPlans.includes(row.planId) : row.fromGroups.length > 0,
    )
    .map((row) => row.planId);
}
