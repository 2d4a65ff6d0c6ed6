/**
 * Product and service plan names as the portal shows them: the catalog's name first (what
 * Microsoft calls it), then what Graph sent (part number, technical plan name), then the id. This
 * module loads the whole catalog; code on the first screen names products through
 * `product-name.ts` instead, which does not, when it has the part number (`subscribedSkus` has it).
 */
import { catalog } from '../../engine/catalog/catalog';
import { productName as productNameFromTable } from './product-name';
import { toPlanId, type PlanId } from '../ids';

/** An empty string is no name. */
const named = (value: string | null | undefined) => (value === '' ? undefined : value);

/**
 * "Office 365 E3" for a product known by its id alone: the catalog supplies the part number the
 * names table needs (`product-name.ts`, the one rule for product names).
 */
export function productName(skuId: string, partNumber?: string | null): string {
  return productNameFromTable(skuId, named(partNumber) ?? catalog.product(skuId)?.skuPartNumber);
}

/** "Exchange Online (Plan 2)"; the technical name for a plan the catalog does not know; else the id. */
export function planName(planId: string, technicalName?: string | null): string {
  return catalog.plan(planId)?.friendlyName ?? named(technicalName) ?? planId;
}

/** The plans a product had when it was bought (the catalog's list; empty for an unknown product). */
export function purchasedPlans(skuId: string): readonly PlanId[] {
  return (catalog.product(skuId)?.servicePlanIds ?? []).map(toPlanId);
}
