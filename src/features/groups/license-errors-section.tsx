/** Failed assignments: the members this group could not license, and why. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMembersWithLicenseErrors } from '../../api/group-members';
import type { Group } from '../../api/types';
import { QueryState } from '../../components/query-state';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { licenseErrorRows, topReason, type LicenseErrorRow } from './license-error-rows';
import { useMemo } from 'react';
import { useT, type Translate } from '../../lib/i18n/use-t';

const columnsIn = (t: Translate): VirtualTableColumn<LicenseErrorRow>[] => [
  {
    id: 'user',
    header: t('groups.errors.colUser'),
    width: 'minmax(180px, 2fr)',
    cell: (r) => r.userName,
  },
  {
    id: 'product',
    header: t('groups.errors.colProduct'),
    width: 'minmax(160px, 2fr)',
    cell: (r) => r.product,
  },
  {
    id: 'reason',
    header: t('groups.errors.colReason'),
    width: 'minmax(240px, 3fr)',
    cell: (r) => <span title={r.error}>{r.reason}</span>,
  },
];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { margin: 0 },
});

export function LicenseErrorsSection({ group }: { readonly group: Group }) {
  const styles = useStyles();
  const query = useMembersWithLicenseErrors(group.id);
  const t = useT();
  const columns = useMemo(() => columnsIn(t), [t]);
  return (
    <section aria-labelledby="failed-assignments" className={styles.section}>
      <Subtitle2 as="h2" id="failed-assignments">
        {t('groups.errors.title')}
      </Subtitle2>
      <QueryState
        query={query}
        data={query.data}
        loading={t('groups.errors.loading')}
        error={t('groups.errors.loadFailed')}
        rows={2}
      >
        {(users) => {
          const rows = licenseErrorRows(t, users, group.id);
          const top = topReason(t, rows);
          if (rows.length === 0 || top === null)
            return <p className={styles.text}>{t('groups.errors.none')}</p>;
          return (
            <>
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>
                    {t('groups.errors.notLicensed', {
                      count: new Set(rows.map((r) => r.userId)).size,
                    })}
                  </MessageBarTitle>
                  {t('groups.errors.mostCommon', { reason: top })}
                </MessageBarBody>
              </MessageBar>
              <VirtualTable
                label={t('groups.errors.title')}
                columns={columns}
                rows={rows}
                getRowId={(r) => r.id}
                maxHeight="320px"
              />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
