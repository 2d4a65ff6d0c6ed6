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

/**
 * Widths: Date, Service, Category and Status take what their words need (they grow to that before
 * the others share the rest); Activity, Target(s) and Initiated by share what is left and show the
 * whole text on hover. Their least widths add up to 900 px: the table at 1,024 px with the rail.
 */
const auditColumns = (t: Translate, format: Format): VirtualTableColumn<AuditEntry>[] => [
  {
    id: 'date',
    header: t('audit.col.date'),
    width: 'minmax(176px, 184px)',
    cell: (a) => format.shortDateTime(a.activityDateTime),
  },
  {
    id: 'service',
    header: t('audit.col.service'),
    width: 'minmax(110px, 128px)',
    cell: (a) => a.loggedByService ?? '',
  },
  {
    id: 'category',
    header: t('audit.col.category'),
    width: 'minmax(124px, 164px)',
    cell: (a) => a.category ?? '',
  },
  {
    id: 'activity',
    header: t('audit.col.activity'),
    width: 'minmax(150px, 2fr)',
    cell: (a) => a.activityDisplayName,
  },
  {
    id: 'status',
    header: t('audit.col.status'),
    width: '100px',
    cell: (a) => <StatusBadge result={a.result} />,
  },
  {
    id: 'targets',
    header: t('audit.col.targets'),
    width: 'minmax(110px, 1.3fr)',
    cell: targetNames,
  },
  {
    id: 'initiatedBy',
    header: t('audit.col.initiatedBy'),
    width: 'minmax(130px, 1.6fr)',
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
