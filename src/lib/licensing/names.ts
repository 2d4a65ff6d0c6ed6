/**
 * Service plan names as the portal shows them: the catalog's friendly name first (what Microsoft
 * calls the plan), then what Graph sent (the technical name), then the id. This module loads the
 * whole catalog; product names have their own small module (`product-name.ts`).
 */
import { catalog } from '../../engine/catalog/catalog';
import { toPlanId, type PlanId } from '../ids';

/** An empty string is no name. */
const named = (value: string | null | undefined) => (value === '' ? undefined : value);

/** "Exchange Online (Plan 2)"; the technical name for a plan the catalog does not know; else the id. */
export function planName(planId: string, technicalName?: string | null): string {
  return catalog.plan(planId)?.friendlyName ?? named(technicalName) ?? planId;
}

/** The plans a product had when it was bought (the catalog's list; empty for an unknown product). */
export function purchasedPlans(skuId: string): readonly PlanId[] {
  return (catalog.product(skuId)?.servicePlanIds ?? []).map(toPlanId);
}
