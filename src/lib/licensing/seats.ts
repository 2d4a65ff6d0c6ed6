/** A product's seats as the portal counts them (LICENSING.md rule 7: assignable = enabled + warning). */
import type { Seats } from '../../api/types';
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

/** "12 expiring soon". */
export const expiringInWords = (t: Translate, seats: Seats): string =>
  t('licensing.seats.expiring', { count: seats.expiringSoon });
