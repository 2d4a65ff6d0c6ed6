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
import { formatCount } from '../../lib/format';
import { licenseErrorRows, topReason, type LicenseErrorRow } from './license-error-rows';

const columns: VirtualTableColumn<LicenseErrorRow>[] = [
  { id: 'user', header: 'User', width: 'minmax(180px, 2fr)', cell: (r) => r.userName },
  { id: 'product', header: 'Product', width: 'minmax(160px, 2fr)', cell: (r) => r.product },
  {
    id: 'reason',
    header: 'Reason',
    width: 'minmax(240px, 3fr)',
    cell: (r) => <span title={r.error}>{r.reason}</span>,
  },
];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { margin: 0 },
});

const notLicensedInWords = (n: number) =>
  n === 1 ? '1 user could not be licensed' : `${formatCount(n)} users could not be licensed`;
const mostCommonInWords = (reason: string) =>
  `Most common reason: ${reason}. Fix the cause, then Reprocess the group.`;

export function LicenseErrorsSection({ group }: { readonly group: Group }) {
  const styles = useStyles();
  const query = useMembersWithLicenseErrors(group.id);
  return (
    <section aria-labelledby="failed-assignments" className={styles.section}>
      <Subtitle2 as="h2" id="failed-assignments">
        Failed assignments
      </Subtitle2>
      <QueryState
        query={query}
        data={query.data}
        loading="Loading failed assignments"
        error="Could not load failed assignments"
        rows={2}
      >
        {(users) => {
          const rows = licenseErrorRows(users, group.id);
          const top = topReason(rows);
          if (rows.length === 0 || top === null)
            return <p className={styles.text}>No license assignment errors in this group.</p>;
          return (
            <>
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>
                    {notLicensedInWords(new Set(rows.map((r) => r.userId)).size)}
                  </MessageBarTitle>
                  {mostCommonInWords(top)}
                </MessageBarBody>
              </MessageBar>
              <VirtualTable
                label="Failed assignments"
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
