/** Failed assignments: the members this group could not license, and why. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import type { Group, SubscribedSku } from '../../lib/graph/graph-types';
import { licenseErrorRows, topReason, type LicenseErrorRow } from './license-error-rows';
import { useMembersWithLicenseErrors } from './use-members-with-license-errors';

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

export function LicenseErrorsSection({
  group,
  skus,
}: {
  readonly group: Group;
  readonly skus: readonly SubscribedSku[] | undefined;
}) {
  const styles = useStyles();
  const query = useMembersWithLicenseErrors(group.id ?? '');
  const rows = licenseErrorRows(
    query.data ?? [],
    group.id ?? '',
    group.assignedLicenses ?? [],
    skus,
  );
  const top = topReason(rows);
  return (
    <section aria-labelledby="failed-assignments" className={styles.section}>
      <Subtitle2 as="h2" id="failed-assignments">
        Failed assignments
      </Subtitle2>
      {query.isPending ? <Loading label="Loading failed assignments" rows={2} /> : null}
      {query.isError ? (
        <ErrorMessage
          title="Could not load failed assignments"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isSuccess && rows.length === 0 ? (
        <p className={styles.text}>No license assignment errors in this group.</p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{`${String(new Set(rows.map((r) => r.userId)).size)} users could not be licensed`}</MessageBarTitle>
              {`Most common reason: ${top ?? ''}. Fix the cause, then Reprocess the group.`}
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
      ) : null}
    </section>
  );
}
