/** Product → Licensed users: who holds the product and through which assignment paths, page by page. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular } from '@fluentui/react-icons';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useLicensedUsers, type LicensedUser } from '../../api/licensed-users';
import type { SkuId } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { formatCount } from '../../lib/format';
import { summariseAssignments, type AssignmentSummary } from '../../lib/licensing/product-licenses';

interface Row {
  readonly user: LicensedUser;
  readonly summary: AssignmentSummary;
}

const useStyles = makeStyles({
  error: {
    color: tokens.colorPaletteRedForeground1,
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** "100 of 871 users shown". */
const shownInWords = (shown: number, total: number | null) =>
  total === null || total === shown
    ? `${formatCount(shown)} users shown`
    : `${formatCount(shown)} of ${formatCount(total)} users shown`;

export function LicensedUsersTab({ skuId }: { readonly skuId: SkuId }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const query = useLicensedUsers(skuId);
  const rows = useMemo<Row[] | undefined>(
    () =>
      query.data?.pages
        .flatMap((page) => page.items)
        .map((user) => ({ user, summary: summariseAssignments(user.assignments, skuId) })),
    [query.data, skuId],
  );
  const total = query.data?.pages[0]?.count ?? null;
  const columns = useMemo<VirtualTableColumn<Row>[]>(
    () => [
      { id: 'user', header: 'User', width: 'minmax(130px, 2fr)', cell: (r) => r.user.displayName },
      {
        id: 'upn',
        header: 'UPN',
        width: 'minmax(170px, 2fr)',
        cell: (r) => r.user.userPrincipalName,
      },
      {
        id: 'paths',
        header: 'Assignment paths',
        width: 'minmax(170px, 3fr)',
        cell: (r) => r.summary.paths,
      },
      { id: 'state', header: 'State', width: 'minmax(96px, 1fr)', cell: (r) => r.summary.state },
      {
        id: 'error',
        header: 'Error',
        width: 'minmax(140px, 2fr)',
        cell: (r) =>
          r.summary.error === '' ? (
            'None'
          ) : (
            <span className={styles.error} title={r.summary.error}>
              <ErrorCircleRegular aria-hidden />
              {r.summary.error}
            </span>
          ),
      },
    ],
    [styles.error],
  );
  return (
    <QueryState
      query={query}
      data={rows}
      loading="Loading licensed users"
      error="Could not load licensed users"
      isEmpty={(r) => r.length === 0}
      empty={
        <EmptyState
          title="No user holds this product"
          description="Assign it to users directly or through a group."
        />
      }
    >
      {(found) => (
        <>
          <VirtualTable
            label="Licensed users"
            columns={columns}
            rows={found}
            getRowId={(r) => r.user.id}
            onRowActivate={(r) =>
              void navigate({ to: '/users/$userId', params: { userId: r.user.id }, search: {} })
            }
          />
          <div className={styles.footer}>
            <Caption1>{shownInWords(found.length, total)}</Caption1>
            {query.hasNextPage ? (
              <Button
                disabled={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
              >
                {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </Button>
            ) : null}
          </div>
        </>
      )}
    </QueryState>
  );
}
