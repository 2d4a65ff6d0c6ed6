/**
 * Licensed users as CSV (User, UPN, Product, Assignment paths, State, Error), written by
 * `src/lib/csv` (RFC 4180, formula injection neutralised).
 *
 * The columns and the words in them stay English whatever the UI language: a CSV is read by
 * scripts and diffed between exports, and it keeps Graph's and the catalog's names as they are.
 */
import type { UserSummary } from '../../api/types';
import { toCsv } from '../../lib/csv';
import type { AssignmentSummary } from '../../lib/licensing/product-licenses';

export const LICENSED_USERS_CSV_HEADER = [
  'User',
  'UPN',
  'Product',
  'Assignment paths',
  'State',
  'Error',
] as const;

export function licensedUsersCsv<U extends UserSummary>(
  users: readonly U[],
  product: string,
  summary: (user: U) => AssignmentSummary,
): string {
  return toCsv(
    LICENSED_USERS_CSV_HEADER,
    users.map((user) => {
      const s = summary(user);
      return [user.displayName, user.userPrincipalName, product, s.paths, s.state, s.error];
    }),
  );
}
