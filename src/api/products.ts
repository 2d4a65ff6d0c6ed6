/** `GET /subscribedSkus`: the products (SKUs) the organization owns, with seats and service plans. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { GraphCollection, SubscribedSku } from '../lib/graph/graph-types';
import { withQuery } from '../lib/graph/odata';
import { toPlanId, toSkuId, type SkuId } from '../lib/ids';
import { productName } from '../lib/licensing/product-name';
import { seatsOf } from '../lib/licensing/seats';
import { graphKeys } from './keys';
import type { Product } from './types';

const SELECT = [
  'skuId',
  'skuPartNumber',
  'capabilityStatus',
  'consumedUnits',
  'prepaidUnits',
  'servicePlans',
  'appliesTo',
];

/** Names a service plan (`lib/licensing/names`, which carries the whole catalog). */
type PlanNamer = (planId: string, technicalName?: string | null) => string;

/** A `subscribedSku` as the portal reads it; null without a skuId (nothing could name it). */
export function parseProduct(sku: SubscribedSku, planName: PlanNamer): Product | null {
  if (!sku.skuId) return null;
  const skuId = toSkuId(sku.skuId);
  const partNumber = sku.skuPartNumber ?? '';
  return {
    skuId,
    partNumber,
    name: productName(skuId, partNumber),
    capabilityStatus: sku.capabilityStatus ?? 'Enabled',
    appliesTo: sku.appliesTo ?? 'User',
    seats: seatsOf(
      { enabled: sku.prepaidUnits?.enabled ?? 0, warning: sku.prepaidUnits?.warning ?? 0 },
      sku.consumedUnits ?? 0,
    ),
    plans: (sku.servicePlans ?? []).flatMap((plan) => {
      if (!plan.servicePlanId) return [];
      const id = toPlanId(plan.servicePlanId);
      const technicalName = plan.servicePlanName ?? id;
      return [
        {
          id,
          technicalName,
          name: planName(id, technicalName),
          appliesTo: plan.appliesTo ?? 'User',
        },
      ];
    }),
  };
}

export async function getProducts(signal?: AbortSignal): Promise<Product[]> {
  // Plan names come from the catalog, a chunk of its own that loads while Graph answers, so the
  // first screen's JavaScript does not carry it.
  const [page, { planName }] = await Promise.all([
    graph.get<GraphCollection<SubscribedSku>>(withQuery('/subscribedSkus', { select: SELECT }), {
      signal,
    }),
    import('../lib/licensing/names'),
  ]);
  return page.value.flatMap((sku) => parseProduct(sku, planName) ?? []);
}

export const productsQueryOptions = () =>
  queryOptions({ queryKey: graphKeys.products, queryFn: ({ signal }) => getProducts(signal) });

export const useProducts = () => useQuery(productsQueryOptions());

/** A product by id from the same query (`undefined` while loading, null when the organization has none). */
export function findProduct(products: readonly Product[] | undefined, skuId: SkuId) {
  return products === undefined ? undefined : (products.find((p) => p.skuId === skuId) ?? null);
}
