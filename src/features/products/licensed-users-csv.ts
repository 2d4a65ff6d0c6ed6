/**
 * Licensed users as CSV (User, UPN, Product, Assignment paths, State, Error), written by
 * `src/lib/csv` (RFC 4180, formula injection neutralised).
 */
import { toCsv } from '../../lib/csv';
import type { User } from '../../lib/graph/graph-types';
import type { AssignmentSummary } from './assignment-paths';

export const LICENSED_USERS_CSV_HEADER = [
  'User',
  'UPN',
  'Product',
  'Assignment paths',
  'State',
  'Error',
] as const;

export function licensedUsersCsv(
  users: readonly User[],
  product: string,
  summary: (user: User) => AssignmentSummary,
): string {
  return toCsv(
    LICENSED_USERS_CSV_HEADER,
    users.map((user) => {
      const s = summary(user);
      return [user.displayName, user.userPrincipalName, product, s.paths, s.state, s.error];
    }),
  );
}
