/** A product's name as the portal shows it: the catalog's display name, else the part number. */
import { catalog } from '../../engine';
import type { SubscribedSku } from '../../lib/graph/graph-types';

export function productName(sku: Pick<SubscribedSku, 'skuId' | 'skuPartNumber'>): string {
  const fromCatalog = sku.skuId ? catalog.product(sku.skuId)?.displayName : undefined;
  return fromCatalog ?? sku.skuPartNumber ?? sku.skuId ?? 'Unknown product';
}
