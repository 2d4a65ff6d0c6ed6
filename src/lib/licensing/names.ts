/**
 * Product and service plan names as the portal shows them: the catalog's display name first (what
 * Microsoft calls the product), then what Graph sent (part number, plan name), then the id.
 */
import { catalog } from '../../engine';
import { toPlanId, type PlanId } from '../ids';

/** An empty string is no name. */
const named = (value: string | null | undefined) => (value === '' ? undefined : value);

/** "Office 365 E3"; the part number for a product the catalog does not know; else the id. */
export function productName(skuId: string, partNumber?: string | null): string {
  return catalog.product(skuId)?.displayName ?? named(partNumber) ?? skuId;
}

/** "Exchange Online (Plan 2)"; the technical name for a plan the catalog does not know; else the id. */
export function planName(planId: string, technicalName?: string | null): string {
  return catalog.plan(planId)?.friendlyName ?? named(technicalName) ?? planId;
}

/** The plans a product had when it was bought (the catalog's list; empty for an unknown product). */
export function purchasedPlans(skuId: string): readonly PlanId[] {
  return (catalog.product(skuId)?.servicePlanIds ?? []).map(toPlanId);
}
