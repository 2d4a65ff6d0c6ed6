/**
 * A product's service plans as the Service plans tab lists them: new plans (added after purchase,
 * the engine's rule) first, each plan, bought or new, with the groups assigning the product where
 * it is on.
 */
import type { Group, PlanId, Product } from '../../api/types';
import { newPlanIds, planOn } from '../../lib/licensing/new-plans';

export interface ServicePlanRow {
  readonly id: PlanId;
  readonly name: string;
  readonly technicalName: string;
  readonly isNew: boolean;
  /**
   * The groups assigning the product where the plan is on: every group that does not list it in
   * its `disabledPlans` (for a new plan, where it got enabled by default).
   */
  readonly enabledInGroups: readonly Group[];
}

/** The product's plans, new ones first (they need the admin's review), otherwise in the subscription's order. */
export function servicePlanRows(
  product: Product,
  licensedGroups: readonly Group[],
): ServicePlanRow[] {
  const added = new Set(newPlanIds(product));
  const rows = product.plans.map((plan) => ({
    id: plan.id,
    name: plan.name,
    technicalName: plan.technicalName,
    isNew: added.has(plan.id),
    enabledInGroups: licensedGroups.filter((group) =>
      group.licenses.some((l) => l.skuId === product.skuId && planOn(l, plan.id)),
    ),
  }));
  return [...rows.filter((r) => r.isNew), ...rows.filter((r) => !r.isNew)];
}
