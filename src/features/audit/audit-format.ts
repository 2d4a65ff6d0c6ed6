/** How an audit entry reads in the list: who did it, to what, its status (dates: `useFormat`). */
import type { AuditEntry } from '../../api/types';
import type { Translate } from '../../lib/i18n/use-t';

/** The admin's UPN (or display name), or the app's name. */
export function initiatorName(audit: AuditEntry): string {
  const by = audit.initiatedBy;
  if (by.kind === 'user') return by.userPrincipalName ?? by.displayName ?? by.id ?? '';
  return by.displayName ?? '';
}

export function targetNames(audit: AuditEntry): string {
  return audit.targets.map((t) => t.displayName).join(', ');
}

/** Graph's `result` in words; a value Graph adds later reads as Graph wrote it. */
export function statusLabel(t: Translate, result: string | null): string {
  if (result === 'success') return t('audit.status.success');
  if (result === 'failure') return t('audit.status.failure');
  return result ?? '';
}
