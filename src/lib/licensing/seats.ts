/** A product's seats as the portal counts them (LICENSING.md rule 7: assignable = enabled + warning). */
import type { Seats, SkuId, Subscription } from '../../api/types';
import type { Translate } from '../i18n/use-t';

export function seatsOf(
  prepaid: { readonly enabled: number; readonly warning: number },
  consumed: number,
): Seats {
  const total = prepaid.enabled + prepaid.warning;
  return {
    total,
    assigned: consumed,
    available: Math.max(0, total - consumed),
    expiringSoon: prepaid.warning,
  };
}

/** "812 of 1,200 assigned, 388 available" (a product's seat meter). */
export const seatsInWords = (t: Translate, seats: Seats): string =>
  t('licensing.seats.meter', {
    assigned: seats.assigned,
    total: seats.total,
    available: seats.available,
  });

/** "40 of 55 seats assigned" (a product card). */
export const seatsAssignedInWords = (t: Translate, seats: Seats): string =>
  t('licensing.seats.assigned', { assigned: seats.assigned, total: seats.total });

/**
 * The day a product's expiring seats stop working unless renewed: the earliest end of the grace
 * period of its subscriptions in `Warning` (`nextLifecycleDateTime`); null when none says.
 */
export function expiringUntil(
  subscriptions: readonly Subscription[] | undefined,
  skuId: SkuId,
): string | null {
  const ends = (subscriptions ?? [])
    .filter((s) => s.skuId === skuId && s.status === 'Warning' && s.nextLifecycle !== null)
    .map((s) => s.nextLifecycle as string)
    .sort();
  return ends[0] ?? null;
}

/** "12 expiring soon", or with the day they stop working (already formatted) "12 expiring on Nov 20, 2026". */
export const expiringInWords = (t: Translate, seats: Seats, day?: string | null): string =>
  day
    ? t('licensing.seats.expiringOn', { count: seats.expiringSoon, date: day })
    : t('licensing.seats.expiring', { count: seats.expiringSoon });
