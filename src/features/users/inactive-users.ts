/**
 * The inactive licensed users report's model: each user's products with their assignment paths in
 * the admin's words, and the CSV of every row (`src/lib/csv`: RFC 4180, formula injection
 * neutralised, so a display name such as `=HYPERLINK(...)` stays text in Excel).
 *
 * The CSV's columns and words stay English whatever the UI language, as every download of the
 * portal does. There is no cost column: prices are not kept yet (issue #15 item 1); when they are,
 * a Monthly cost column goes here for the products that have a price, and nowhere else.
 */
import type { InactiveUser } from '../../api/types';
import { toCsv } from '../../lib/csv';
import type { Translate } from '../../lib/i18n/use-t';
import { productName } from '../../lib/licensing/names';
import { summariseAssignments } from '../../lib/licensing/product-licenses';

/** The products a user holds (applied or assigned), each once. */
function productsOf(user: InactiveUser) {
  return [...new Set([...user.licenses, ...user.assignments.map((a) => a.skuId)])];
}

/** "Office 365 E3: Direct, E3 base services; EMS: EMS licensed users". */
export function licensesAndPaths(t: Translate, user: InactiveUser): string {
  return productsOf(user)
    .map(
      (skuId) => `${productName(skuId)}: ${summariseAssignments(t, user.assignments, skuId).paths}`,
    )
    .join('; ');
}

export const INACTIVE_USERS_CSV_HEADER = [
  'User',
  'UPN',
  'Account enabled',
  'Last sign-in (UTC)',
  'Why',
  'Licenses and assignment paths',
] as const;

/** Every row of the report as CSV (English words, ISO dates). */
export function inactiveUsersCsv(englishT: Translate, users: readonly InactiveUser[]): string {
  return toCsv(
    INACTIVE_USERS_CSV_HEADER,
    users.map((u) => [
      u.displayName,
      u.userPrincipalName,
      u.accountEnabled,
      u.lastSignIn ?? 'Never',
      englishT('users.inactive.reason', { reason: u.reason }),
      licensesAndPaths(englishT, u),
    ]),
  );
}
