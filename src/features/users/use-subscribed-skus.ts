/** `GET /subscribedSkus`: the products the organization owns, for the Assign dialog and the product filter. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { GraphCollection, SubscribedSku } from '../../lib/graph/graph-types';
import { withQuery } from '../../lib/graph/odata';

export async function getSubscribedSkus(signal?: AbortSignal): Promise<SubscribedSku[]> {
  const page = await graph.get<GraphCollection<SubscribedSku>>(
    withQuery('/subscribedSkus', {
      select: ['id', 'skuId', 'skuPartNumber', 'consumedUnits', 'prepaidUnits', 'servicePlans'],
    }),
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
