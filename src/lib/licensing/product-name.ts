/**
 * A product's name as the portal shows it, from the engine's small names table (not the catalog),
 * so the first screen can name products without loading every plan and rule.
 */
import { productDisplayName } from '../../engine/catalog/product-names';

/** An empty string is no name. */
const named = (value: string | null | undefined) => (value === '' ? undefined : value);

/**
 * "Office 365 E3"; the part number for a product the catalog does not know; else the id. The
 * table names every catalog product exactly as the catalog does (`catalog.test.ts`).
 */
export function productName(skuId: string, partNumber?: string | null): string {
  return productDisplayName(skuId, named(partNumber)) ?? named(partNumber) ?? skuId;
}
