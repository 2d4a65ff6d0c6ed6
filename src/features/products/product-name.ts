/**
 * A product's name as the portal shows it: the catalog's display name, else the part number. From
 * the engine's names table, so the first screen (Licenses overview) does not load the catalog.
 */
import { productDisplayName } from '../../engine/catalog/product-names';
import type { SubscribedSku } from '../../lib/graph/graph-types';

export function productName(sku: Pick<SubscribedSku, 'skuId' | 'skuPartNumber'>): string {
  return (
    productDisplayName(sku.skuId, sku.skuPartNumber) ??
    sku.skuPartNumber ??
    sku.skuId ??
    'Unknown product'
  );
}
