/** `GET /subscribedSkus` for the group blades: product names, plans and seats (same cache key as All products). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { GraphCollection, SubscribedSku } from '../../lib/graph/graph-types';
import { withQuery } from '../../lib/graph/odata';

const SELECT = [
  'id',
  'skuId',
  'skuPartNumber',
  'capabilityStatus',
  'consumedUnits',
  'prepaidUnits',
  'servicePlans',
  'appliesTo',
];

export async function getSubscribedSkus(signal?: AbortSignal): Promise<SubscribedSku[]> {
  const page = await graph.get<GraphCollection<SubscribedSku>>(
    withQuery('/subscribedSkus', { select: SELECT }),
    signal ? { signal } : {},
  );
  return page.value;
}

export const subscribedSkusQueryOptions = () =>
  queryOptions({
    queryKey: ['graph', 'subscribedSkus'],
    queryFn: ({ signal }) => getSubscribedSkus(signal),
  });

export const useSubscribedSkus = () => useQuery(subscribedSkusQueryOptions());
