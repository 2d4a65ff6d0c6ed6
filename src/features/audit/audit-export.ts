/** Downloading the filtered audit log as CSV (safe to open in a spreadsheet) or JSON. */
import type { DirectoryAudit } from '../../lib/graph/graph-types';
import { initiatorName, targetNames } from './audit-format';

/**
 * A CSV cell: quoted, and a value a spreadsheet would run as a formula (starting with = + - @,
 * tab or carriage return) is prefixed with a single quote so it stays text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

const HEADERS = ['Date', 'Service', 'Category', 'Activity', 'Status', 'Status reason', 'Target(s)', 'Initiated by', 'Correlation ID', 'Modified properties'];

function modified(audit: DirectoryAudit): string {
  return (audit.targetResources ?? [])
    .flatMap((t) => (t.modifiedProperties ?? []).map((p) => `${p.displayName ?? ''}: ${p.oldValue ?? ''} -> ${p.newValue ?? ''}`))
    .join('; ');
}

export function auditsToCsv(audits: readonly DirectoryAudit[]): string {
  const rows = audits.map((a) => [
    a.activityDateTime ?? '', a.loggedByService ?? '', a.category ?? '', a.activityDisplayName ?? '', a.result ?? '', a.resultReason ?? '',
    targetNames(a), initiatorName(a), a.correlationId ?? '', modified(a),
  ]);
  return [HEADERS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function auditsToJson(audits: readonly DirectoryAudit[]): string {
  return JSON.stringify(audits, null, 2);
}

/** Saves text as a file through a temporary link. */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => { URL.revokeObjectURL(url); }, 0);
}
