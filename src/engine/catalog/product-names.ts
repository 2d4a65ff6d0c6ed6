/**
 * Product display names without the rest of the catalog: the portal's first screen names the
 * tenant's products from this small table (`product-names.generated.json`, written by
 * `npm run catalog` from the same sources as the catalog) instead of loading every plan and rule.
 * Invariant: for every catalog product, `productDisplayName(skuId, skuPartNumber)` is its
 * `displayName` (checked by `catalog.test.ts`).
 */
import type { ProductNamesFile } from './catalog-file.ts';
import raw from './product-names.generated.json';

const names = raw as ProductNamesFile;

/** A product's display name by SKU id and part number, or `undefined` when the catalog has neither. */
export function productDisplayName(
  skuId: string | null | undefined,
  skuPartNumber: string | null | undefined,
): string | undefined {
  const id = skuId?.trim().toLowerCase();
  return (
    (id ? names.bySkuId[id] : undefined) ??
    (skuPartNumber ? names.byPartNumber[skuPartNumber] : undefined)
  );
}
