/**
 * The Audit logs tab of a group or user blade: the audit list with the Target filter set to that
 * object (matched by id) and visible, plus a link that opens the same view in Audit logs.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Link as RouterLink } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../../lib/i18n/use-t';
import { filtersOf, type AuditSearch } from './audit-search';
import { AuditLogView } from './audit-log-view';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: 0 },
});

export interface AuditLogPanelProps {
  readonly targetId: string;
  readonly targetName: string;
}

export function AuditLogPanel({ targetId, targetName }: AuditLogPanelProps) {
  const styles = useStyles();
  const t = useT();
  const [search, setSearch] = useState<AuditSearch>({ target: targetName, targetId });
  return (
    <div className={styles.root}>
      <AuditLogView
        search={search}
        onSearchChange={(next) => {
          setSearch(next);
        }}
      />
      <RouterLink to="/audit" search={filtersOf(search)}>
        {t('audit.openInLog')}
      </RouterLink>
    </div>
  );
}
