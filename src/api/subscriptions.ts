/**
 * `GET /directory/subscriptions`: the organization's commercial subscriptions, each with its
 * status, licences and the day it moves on (`nextLifecycleDateTime`): what is behind a product's
 * "Expiring soon" seats (the units of a subscription in `Warning`, LICENSING.md rule 7).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { CompanySubscription, GraphCollection } from '../lib/graph/graph-types';
import { withQuery } from '../lib/graph/odata';
import { toSkuId } from '../lib/ids';
import { graphKeys } from './keys';
import type { Subscription, SubscriptionStatus } from './types';

const SELECT = ['id', 'skuId', 'status', 'totalLicenses', 'nextLifecycleDateTime', 'isTrial'];

const STATUSES: readonly SubscriptionStatus[] = [
  'Enabled',
  'Warning',
  'Suspended',
  'LockedOut',
  'Deleted',
];

/** A subscription as the portal reads it; null without an id or a product (nothing to show). */
export function parseSubscription(wire: CompanySubscription): Subscription | null {
  if (!wire.id || !wire.skuId) return null;
  const status = STATUSES.find((s) => s.toLowerCase() === wire.status?.toLowerCase());
  return {
    id: wire.id,
    skuId: toSkuId(wire.skuId),
    // A status Graph adds later reads as the worst known one: never as working licences.
    status: status ?? 'Deleted',
    licenses: wire.totalLicenses ?? 0,
    nextLifecycle: wire.nextLifecycleDateTime ?? null,
    isTrial: wire.isTrial === true,
  };
}

export async function getSubscriptions(signal?: AbortSignal): Promise<Subscription[]> {
  const page = await graph.get<GraphCollection<CompanySubscription>>(
    withQuery('/directory/subscriptions', { select: SELECT }),
    { signal },
  );
  return page.value.flatMap((s) => parseSubscription(s) ?? []);
}

export const subscriptionsQueryOptions = () =>
  queryOptions({
    queryKey: graphKeys.subscriptions,
    queryFn: ({ signal }) => getSubscriptions(signal),
  });

/** The subscriptions; `enabled` false leaves Graph unasked (no product has expiring seats). */
export const useSubscriptions = (enabled = true) =>
  useQuery({ ...subscriptionsQueryOptions(), enabled });
