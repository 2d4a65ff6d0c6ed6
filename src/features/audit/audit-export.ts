/** The filtered audit log as CSV (written by `src/lib/csv`, safe to open in a spreadsheet) or JSON. */
import { toCsv } from '../../lib/csv';
import type { DirectoryAudit } from '../../lib/graph/graph-types';
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

function modified(audit: DirectoryAudit): string {
  return (audit.targetResources ?? [])
    .flatMap((t) =>
      (t.modifiedProperties ?? []).map(
        (p) => `${p.displayName ?? ''}: ${p.oldValue ?? ''} -> ${p.newValue ?? ''}`,
      ),
    )
    .join('; ');
}

export function auditsToCsv(audits: readonly DirectoryAudit[]): string {
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
export function auditsToJson(audits: readonly DirectoryAudit[]): string {
  return JSON.stringify(audits, null, 2);
}
