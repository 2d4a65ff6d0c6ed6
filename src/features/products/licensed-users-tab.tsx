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
import { summariseAssignments, type AssignmentSummary } from '../../lib/licensing/product-licenses';
import { useT, type Translate } from '../../lib/i18n/use-t';

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
const shownInWords = (t: Translate, shown: number, total: number | null) =>
  total === null || total === shown
    ? t('products.users.shown', { shown })
    : t('products.users.shownOf', { shown, total });

export function LicensedUsersTab({ skuId }: { readonly skuId: SkuId }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const t = useT();
  const query = useLicensedUsers(skuId);
  const rows = useMemo<Row[] | undefined>(
    () =>
      query.data?.pages
        .flatMap((page) => page.items)
        .map((user) => ({ user, summary: summariseAssignments(t, user.assignments, skuId) })),
    [query.data, skuId, t],
  );
  const total = query.data?.pages[0]?.count ?? null;
  const columns = useMemo<VirtualTableColumn<Row>[]>(
    () => [
      {
        id: 'user',
        header: t('products.users.user'),
        width: 'minmax(130px, 2fr)',
        cell: (r) => r.user.displayName,
      },
      {
        id: 'upn',
        header: t('products.users.upn'),
        width: 'minmax(170px, 2fr)',
        cell: (r) => r.user.userPrincipalName,
      },
      {
        id: 'paths',
        header: t('products.users.paths'),
        width: 'minmax(170px, 3fr)',
        cell: (r) => r.summary.paths,
      },
      {
        id: 'state',
        header: t('products.users.state'),
        width: 'minmax(96px, 1fr)',
        cell: (r) => r.summary.state,
      },
      {
        id: 'error',
        header: t('products.users.error'),
        width: 'minmax(140px, 2fr)',
        cell: (r) =>
          r.summary.error === '' ? (
            t('products.users.none')
          ) : (
            <span className={styles.error} title={r.summary.error}>
              <ErrorCircleRegular aria-hidden />
              {r.summary.error}
            </span>
          ),
      },
    ],
    [styles.error, t],
  );
  return (
    <QueryState
      query={query}
      data={rows}
      loading={t('products.users.loading')}
      error={t('products.users.loadFailed')}
      isEmpty={(r) => r.length === 0}
      empty={
        <EmptyState title={t('products.users.empty')} description={t('products.users.emptyBody')} />
      }
    >
      {(found) => (
        <>
          <VirtualTable
            label={t('products.users.table')}
            columns={columns}
            rows={found}
            getRowId={(r) => r.user.id}
            onRowActivate={(r) =>
              void navigate({ to: '/users/$userId', params: { userId: r.user.id }, search: {} })
            }
          />
          <div className={styles.footer}>
            <Caption1>{shownInWords(t, found.length, total)}</Caption1>
            {query.hasNextPage ? (
              <Button
                disabled={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
              >
                {t(
                  query.isFetchingNextPage
                    ? 'products.users.loadingMore'
                    : 'products.users.loadMore',
                )}
              </Button>
            ) : null}
          </div>
        </>
      )}
    </QueryState>
  );
}
