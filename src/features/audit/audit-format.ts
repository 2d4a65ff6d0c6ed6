/** How an audit entry reads in the list: who did it, to what, when. */
import type { AuditEntry } from '../../api/types';

/** The admin's UPN (or display name), or the app's name. */
export function initiatorName(audit: AuditEntry): string {
  const by = audit.initiatedBy;
  if (by.kind === 'user') return by.userPrincipalName ?? by.displayName ?? by.id ?? '';
  return by.displayName ?? '';
}

export function targetNames(audit: AuditEntry): string {
  return audit.targets.map((t) => t.displayName).join(', ');
}

const dateFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

/** "Nov 1, 2026, 9:00:00 AM UTC". */
export function formatAuditDate(iso: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${dateFormat.format(date)} UTC`;
}

const STATUS_WORDS: Readonly<Record<string, string>> = { success: 'Success', failure: 'Failure' };

export const statusLabel = (result: string | null): string =>
  result === null ? '' : (STATUS_WORDS[result] ?? result);
