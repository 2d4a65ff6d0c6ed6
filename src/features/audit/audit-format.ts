/** How an audit entry reads in the list: who did it, to what, when. */
import type { DirectoryAudit } from '../../lib/graph/graph-types';

/** The admin's UPN (or display name), or the app's name. */
export function initiatorName(audit: DirectoryAudit): string {
  const user = audit.initiatedBy?.user;
  if (user) return user.userPrincipalName ?? user.displayName ?? user.id ?? '';
  return audit.initiatedBy?.app?.displayName ?? '';
}

export function targetNames(audit: DirectoryAudit): string {
  return (audit.targetResources ?? [])
    .map((t) => t.displayName ?? t.userPrincipalName ?? t.id ?? '')
    .join(', ');
}

const dateFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

/** "Nov 1, 2026, 9:00:00 AM UTC". */
export function formatAuditDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${dateFormat.format(date)} UTC`;
}

export function statusLabel(result: string | null | undefined): string {
  if (result === 'success') return 'Success';
  if (result === 'failure') return 'Failure';
  return result ?? '';
}
