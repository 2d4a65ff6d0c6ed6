/** A product's seats as the portal counts them (LICENSING.md rule 7: assignable = enabled + warning). */
import type { Seats } from '../../api/types';
import { formatCount } from '../format';

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
export const seatsInWords = (seats: Seats): string =>
  `${formatCount(seats.assigned)} of ${formatCount(seats.total)} assigned, ${formatCount(seats.available)} available`;

/** "40 of 55 seats assigned" (a product card). */
export const seatsAssignedInWords = (seats: Seats): string =>
  `${formatCount(seats.assigned)} of ${formatCount(seats.total)} seats assigned`;

/** "12 expiring soon". */
export const expiringInWords = (seats: Seats): string =>
  `${formatCount(seats.expiringSoon)} expiring soon`;
