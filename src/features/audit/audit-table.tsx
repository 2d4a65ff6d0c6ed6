/** The audit list: Date, Service, Category, Activity, Status, Target(s), Initiated by. */
import { Badge } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { AuditEntry } from '../../api/types';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { useFormat, type Format } from '../../lib/i18n/format';
import { useT, type Translate } from '../../lib/i18n/use-t';
import { initiatorName, statusLabel, targetNames } from './audit-format';

export function StatusBadge({ result }: { readonly result: string | null }) {
  const t = useT();
  return (
    <Badge appearance="tint" color={result === 'failure' ? 'danger' : 'success'}>
      {statusLabel(t, result)}
    </Badge>
  );
}

const auditColumns = (t: Translate, format: Format): VirtualTableColumn<AuditEntry>[] => [
  {
    id: 'date',
    header: t('audit.col.date'),
    width: 'minmax(150px, 1.2fr)',
    cell: (a) => format.shortDateTime(a.activityDateTime),
  },
  {
    id: 'service',
    header: t('audit.col.service'),
    width: 'minmax(100px, 0.7fr)',
    cell: (a) => a.loggedByService ?? '',
  },
  {
    id: 'category',
    header: t('audit.col.category'),
    width: 'minmax(120px, 0.9fr)',
    cell: (a) => a.category ?? '',
  },
  {
    id: 'activity',
    header: t('audit.col.activity'),
    width: 'minmax(180px, 2fr)',
    cell: (a) => a.activityDisplayName,
  },
  {
    id: 'status',
    header: t('audit.col.status'),
    width: '90px',
    cell: (a) => <StatusBadge result={a.result} />,
  },
  {
    id: 'targets',
    header: t('audit.col.targets'),
    width: 'minmax(120px, 1.4fr)',
    cell: targetNames,
  },
  {
    id: 'initiatedBy',
    header: t('audit.col.initiatedBy'),
    width: 'minmax(160px, 1.8fr)',
    cell: initiatorName,
  },
];

export interface AuditTableProps {
  readonly audits: readonly AuditEntry[];
  readonly onOpen: (audit: AuditEntry) => void;
}

export function AuditTable({ audits, onOpen }: AuditTableProps) {
  const t = useT();
  const format = useFormat();
  const columns = useMemo(() => auditColumns(t, format), [t, format]);
  return (
    <VirtualTable
      label={t('audit.title')}
      columns={columns}
      rows={audits}
      getRowId={(a) => a.id}
      onRowActivate={onOpen}
    />
  );
}
