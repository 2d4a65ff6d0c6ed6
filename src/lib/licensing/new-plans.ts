/**
 * Plans added to a product after it was bought (LICENSING.md rule 10). Graph's `subscribedSku`
 * does not flag them; what was bought is the catalog's plan list, and the rule itself (a group's
 * `disabledPlans` is a deny-list, so a new plan is on unless denied) is the engine's.
 */
import { newPlansEnabled, plansAddedAfterPurchase, plansEnabled } from '../../engine/plan-explain';
import type { GroupLicense, Product } from '../../api/types';
import { toPlanId, type PlanId } from '../ids';
import { purchasedPlans } from './names';

/** The product's plans that it did not have when bought; none for a product the catalog does not know. */
export function newPlanIds(product: Product): readonly PlanId[] {
  const bought = purchasedPlans(product.skuId);
  if (bought.length === 0) return [];
  return plansAddedAfterPurchase(
    bought,
    product.plans.map((p) => p.id),
  ).map(toPlanId);
}

/** Of the product's new plans, those this group licence turns on. */
export function newPlansOn(product: Product, license: GroupLicense): readonly PlanId[] {
  return newPlansEnabled(newPlanIds(product), license.disabledPlans).map(toPlanId);
}

/** Whether a group licence turns a plan of its product on (its `disabledPlans` is a deny-list). */
export const planOn = (license: GroupLicense, planId: PlanId): boolean =>
  plansEnabled([planId], license.disabledPlans).length === 1;
