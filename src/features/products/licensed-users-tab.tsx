/**
 * Product → Licensed users: who holds the product and through which assignment paths. Searched by
 * name on the server as the admin types and read page by page; on one assignment path (`?path=`:
 * direct, or a group), from every licensed user read once, since Graph cannot filter users by
 * their licence states. Opening the path list reads them too, to count the users of each path.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useLicensedGroups } from '../../api/groups';
import {
  useAllLicensedUsers,
  useLicensedUsers,
  useLicensedUsersIdle,
  type LicensedUser,
} from '../../api/licensed-users';
import type { SkuId } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { summariseAssignments } from '../../lib/licensing/product-licenses';
import { useT, type Translate } from '../../lib/i18n/use-t';
import { pathCounts, usersOnPath } from './license-paths';
import { LicensedUsersFilters } from './licensed-users-filters';
import type { LicensePath } from './product-search';

const route = getRouteApi('/licenses/products/$skuId');

/**
 * As on Users: with nothing loading, a keystroke reads at once; while a read is on its way, the
 * next waits for typing to pause this long.
 */
const SEARCH_DEBOUNCE_MS = 50;

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
  const navigate = route.useNavigate();
  const { q = '', path } = route.useSearch();
  const t = useT();
  const search = useDebouncedValue(q, SEARCH_DEBOUNCE_MS, { idle: useLicensedUsersIdle(skuId) });
  const [wantCounts, setWantCounts] = useState(false);
  const paged = useLicensedUsers(skuId, search, path === undefined);
  const all = useAllLicensedUsers(skuId, wantCounts || path !== undefined);
  const groups = useLicensedGroups(skuId);
  const counts = useMemo(() => {
    if (!all.data) return null;
    const byPath = pathCounts(all.data, skuId);
    return { total: all.data.length, of: (p: LicensePath) => byPath.get(p) ?? 0 };
  }, [all.data, skuId]);
  const users = useMemo<readonly LicensedUser[] | undefined>(
    () =>
      path === undefined
        ? paged.data?.pages.flatMap((page) => page.items)
        : all.data && usersOnPath(all.data, skuId, path, search),
    [path, paged.data, all.data, skuId, search],
  );
  const total = paged.data?.pages[0]?.count ?? null;
  const pathName = (p: LicensePath) => groups.data?.find((g) => g.id === p)?.displayName ?? p;
  const columns = useMemo<VirtualTableColumn<LicensedUser>[]>(() => {
    // Only the rows on screen are summarised: a path can hold 60,000 users.
    const summary = (u: LicensedUser) => summariseAssignments(t, u.assignments, skuId);
    return [
      {
        id: 'user',
        header: t('products.users.user'),
        width: 'minmax(130px, 2fr)',
        cell: (u) => u.displayName,
      },
      {
        id: 'upn',
        header: t('products.users.upn'),
        width: 'minmax(170px, 2fr)',
        cell: (u) => u.userPrincipalName,
      },
      {
        id: 'paths',
        header: t('products.users.paths'),
        width: 'minmax(170px, 3fr)',
        cell: (u) => summary(u).paths,
      },
      {
        id: 'state',
        header: t('products.users.state'),
        width: 'minmax(96px, 1fr)',
        cell: (u) => summary(u).state,
      },
      {
        id: 'error',
        header: t('products.users.error'),
        width: 'minmax(140px, 2fr)',
        cell: (u) => {
          const error = summary(u).error;
          return error === '' ? (
            t('products.users.none')
          ) : (
            <span className={styles.error} title={error}>
              <ErrorCircleRegular aria-hidden />
              {error}
            </span>
          );
        },
      },
    ];
  }, [styles.error, t, skuId]);
  const query = path === undefined ? paged : all;
  return (
    <>
      <LicensedUsersFilters
        search={q}
        onSearch={(text) =>
          void navigate({ search: (prev) => ({ ...prev, q: text || undefined }), replace: true })
        }
        path={path}
        onPath={(next) => void navigate({ search: (prev) => ({ ...prev, path: next }) })}
        groups={groups.data ?? []}
        counts={counts}
        onWantCounts={() => {
          setWantCounts(true);
        }}
      />
      <QueryState
        query={query}
        data={users}
        loading={t(path === undefined ? 'products.users.loading' : 'products.users.counting')}
        error={t('products.users.loadFailed')}
        isEmpty={(r) => r.length === 0}
        empty={
          q || path ? (
            <EmptyState
              title={t('products.users.noMatch')}
              description={t('products.users.noMatchBody')}
            />
          ) : (
            <EmptyState
              title={t('products.users.empty')}
              description={t('products.users.emptyBody')}
            />
          )
        }
      >
        {(found) => (
          <>
            <VirtualTable
              label={t('products.users.table')}
              columns={columns}
              rows={found}
              getRowId={(u) => u.id}
              onRowActivate={(u) =>
                void navigate({ to: '/users/$userId', params: { userId: u.id }, search: {} })
              }
            />
            <div className={styles.footer}>
              <Caption1 role="status">
                {path === undefined
                  ? shownInWords(t, found.length, total)
                  : path === 'direct'
                    ? t('products.users.onPath.direct', { count: found.length })
                    : t('products.users.onPath.group', {
                        count: found.length,
                        name: pathName(path),
                      })}
              </Caption1>
              {path === undefined && paged.hasNextPage ? (
                <Button
                  disabled={paged.isFetchingNextPage}
                  onClick={() => void paged.fetchNextPage()}
                >
                  {t(
                    paged.isFetchingNextPage
                      ? 'products.users.loadingMore'
                      : 'products.users.loadMore',
                  )}
                </Button>
              ) : null}
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
