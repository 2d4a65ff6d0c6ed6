/**
 * The plan switches of an Assign: which plans it controls and, for one user, which plans groups
 * already give (shown On and locked: only the direct assignment's plans toggle).
 */
import type { PlanId, Product, SkuId, User } from '../../api/types';
import { planSources, productLicenses } from './product-licenses';

export interface AssignPlanRow {
  readonly planId: PlanId;
  readonly name: string;
  /** Names of the groups that turn the plan on: the plan is shown On and locked. */
  readonly fromGroups: readonly string[];
}

/** The user's plans of the product, each with the groups that already turn it on. */
export function assignPlanRows(user: User, skuId: SkuId): AssignPlanRow[] {
  return planSources(user, skuId).map((plan) => ({
    planId: plan.planId,
    name: plan.name,
    fromGroups: plan.enabledBy.flatMap((s) => (s.kind === 'group' ? [s.groupName] : [])),
  }));
}

/** The product's plans a licence switches (plans for the company are not assigned). */
export const productPlanRows = (product: Product): AssignPlanRow[] =>
  product.plans
    .filter((plan) => plan.appliesTo === 'User')
    .map((plan) => ({ planId: plan.id, name: plan.name, fromGroups: [] }));

/** The plans a dialog starts with switched off: the direct licence's, or every plan the groups already give. */
export function initiallyOff(user: User, skuId: SkuId): PlanId[] {
  const direct = productLicenses(user.assignments).find((p) => p.skuId === skuId)?.direct;
  return assignPlanRows(user, skuId)
    .filter((row) =>
      direct ? direct.disabledPlans.includes(row.planId) : row.fromGroups.length > 0,
    )
    .map((row) => row.planId);
}
