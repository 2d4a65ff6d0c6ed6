/** A product's seats as the portal counts them (LICENSING.md rule 7: assignable = enabled + warning). */
import type { SubscribedSku } from '../../lib/graph/graph-types';

export interface Seats {
  readonly total: number;
  readonly assigned: number;
  readonly available: number;
  /** Seats in their warning period: they stop working unless the subscription is renewed. */
  readonly expiringSoon: number;
}

export function seatsOf(sku: Pick<SubscribedSku, 'prepaidUnits' | 'consumedUnits'>): Seats {
  const enabled = sku.prepaidUnits?.enabled ?? 0;
  const warning = sku.prepaidUnits?.warning ?? 0;
  const total = enabled + warning;
  const assigned = sku.consumedUnits ?? 0;
  return { total, assigned, available: Math.max(0, total - assigned), expiringSoon: warning };
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');
