/**
 * Licensed users as CSV (User, UPN, Product, Assignment paths, State, Error). Cells that a
 * spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading single quote.
 */
import type { User } from '../../lib/graph/graph-types';
import type { AssignmentSummary } from './assignment-paths';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula injection neutralised, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const LICENSED_USERS_CSV_HEADER = ['User', 'UPN', 'Product', 'Assignment paths', 'State', 'Error'] as const;

export function licensedUsersCsv(users: readonly User[], product: string, summary: (user: User) => AssignmentSummary): string {
  const lines = [LICENSED_USERS_CSV_HEADER.join(',')];
  for (const user of users) {
    const s = summary(user);
    lines.push([user.displayName ?? '', user.userPrincipalName ?? '', product, s.paths, s.state, s.error].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Offers a text as a file download in the browser. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => { URL.revokeObjectURL(url); }, 0);
}
