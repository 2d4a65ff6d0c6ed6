/** The filtered audit log as CSV (written by `src/lib/csv`, safe to open in a spreadsheet) or JSON. */
import type { AuditEntry } from '../../api/types';
import { toCsv } from '../../lib/csv';
import { initiatorName, targetNames } from './audit-format';

export const AUDIT_CSV_HEADER = [
  'Date',
  'Service',
  'Category',
  'Activity',
  'Status',
  'Status reason',
  'Target(s)',
  'Initiated by',
  'Correlation ID',
  'Modified properties',
] as const;

function modified(audit: AuditEntry): string {
  return audit.targets
    .flatMap((t) =>
      t.modifiedProperties.map((p) => `${p.name}: ${p.oldValue ?? ''} -> ${p.newValue ?? ''}`),
    )
    .join('; ');
}

export function auditsToCsv(audits: readonly AuditEntry[]): string {
  return toCsv(
    AUDIT_CSV_HEADER,
    audits.map((a) => [
      a.activityDateTime,
      a.loggedByService,
      a.category,
      a.activityDisplayName,
      a.result,
      a.resultReason,
      targetNames(a),
      initiatorName(a),
      a.correlationId,
      modified(a),
    ]),
  );
}

/** The entries exactly as Graph returned them. */
export function auditsToJson(audits: readonly AuditEntry[]): string {
  return JSON.stringify(
    audits.map((a) => a.raw),
    null,
    2,
  );
}
