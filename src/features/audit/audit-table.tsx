/** The audit list: Date, Service, Category, Activity, Status, Target(s), Initiated by. */
import { Badge } from '@fluentui/react-components';
import type { AuditEntry } from '../../api/types';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { formatAuditDate, initiatorName, statusLabel, targetNames } from './audit-format';

export function StatusBadge({ result }: { readonly result: string | null }) {
  return (
    <Badge appearance="tint" color={result === 'failure' ? 'danger' : 'success'}>
      {statusLabel(result)}
    </Badge>
  );
}

const columns: VirtualTableColumn<AuditEntry>[] = [
  {
    id: 'date',
    header: 'Date',
    width: 'minmax(150px, 1.2fr)',
    cell: (a) => formatAuditDate(a.activityDateTime),
  },
  {
    id: 'service',
    header: 'Service',
    width: 'minmax(100px, 0.7fr)',
    cell: (a) => a.loggedByService ?? '',
  },
  {
    id: 'category',
    header: 'Category',
    width: 'minmax(120px, 0.9fr)',
    cell: (a) => a.category ?? '',
  },
  {
    id: 'activity',
    header: 'Activity',
    width: 'minmax(180px, 2fr)',
    cell: (a) => a.activityDisplayName,
  },
  { id: 'status', header: 'Status', width: '90px', cell: (a) => <StatusBadge result={a.result} /> },
  { id: 'targets', header: 'Target(s)', width: 'minmax(120px, 1.4fr)', cell: targetNames },
  { id: 'initiatedBy', header: 'Initiated by', width: 'minmax(160px, 1.8fr)', cell: initiatorName },
];

export interface AuditTableProps {
  readonly audits: readonly AuditEntry[];
  readonly onOpen: (audit: AuditEntry) => void;
}

export function AuditTable({ audits, onOpen }: AuditTableProps) {
  return (
    <VirtualTable
      label="Audit logs"
      columns={columns}
      rows={audits}
      getRowId={(a) => a.id}
      onRowActivate={onOpen}
    />
  );
}
