/**
 * Users: every user of the organization, searched on the server as the admin types (debounced,
 * the previous results stay while the next load), filtered by licence state or product, in a
 * virtualised grid that pages through `@odata.nextLink` as the admin scrolls.
 */
import { Caption1, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwiseRegular, PersonRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useProducts } from '../../api/products';
import { useRefresh } from '../../api/refresh';
import type { UserSummary } from '../../api/types';
import { useUsers, useUsersWithErrors } from '../../api/users';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import type { UserListSearch } from './user-search';
import { UsersFilters } from './users-filters';
import { UsersTable } from './users-table';
import { useT } from '../../lib/i18n/use-t';

const route = getRouteApi('/users/');

/**
 * Reads wait for typing to pause this long: short, so the list answers within 100 ms of the last
 * key (the emulator's search index answers in a few ms); the previous rows stay while the next
 * load, and a read the admin typed past is cancelled (its query loses its last observer).
 */
const SEARCH_DEBOUNCE_MS = 50;

/** The "with errors" list is read whole; search and product narrow it here, as Graph would. */
function narrow(users: readonly UserSummary[], term: string, sku: UserListSearch['sku']) {
  const words = term.trim().toLowerCase();
  return users.filter(
    (u) =>
      (!words ||
        u.displayName
          .toLowerCase()
          .split(/\s+/)
          .some((w) => w.startsWith(words)) ||
        u.displayName.toLowerCase().startsWith(words)) &&
      (!sku || u.licenses.includes(sku) || u.assignments.some((a) => a.skuId === sku)),
  );
}

export function UsersPage() {
  const t = useT();
  const { q = '', filter, sku } = route.useSearch();
  const navigate = route.useNavigate();
  const refresh = useRefresh();
  const search = useDebouncedValue(q, SEARCH_DEBOUNCE_MS);
  const errorsOnly = filter === 'errors';
  const list = useUsers({ search, filter: errorsOnly ? undefined : filter, sku }, !errorsOnly);
  const withErrors = useUsersWithErrors(errorsOnly);
  const products = useProducts();
  const rows = useMemo<readonly UserSummary[] | undefined>(() => {
    if (!errorsOnly) return list.data?.pages.flatMap((p) => p.items);
    return withErrors.data && narrow(withErrors.data, search, sku);
  }, [errorsOnly, list.data, withErrors.data, search, sku]);
  const query = errorsOnly ? withErrors : list;
  const total = errorsOnly ? rows?.length : (list.data?.pages[0]?.count ?? undefined);
  const setSearch = (patch: UserListSearch) => {
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  };
  return (
    <Blade
      title={t('users.title')}
      subtitle={t('users.subtitle')}
      icon={<PersonRegular />}
      commands={
        <Toolbar aria-label={t('users.commands')}>
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={refresh}>
            {t('common.refresh')}
          </ToolbarButton>
        </Toolbar>
      }
    >
      <UsersFilters
        search={q}
        onSearch={(text) => {
          setSearch({ q: text || undefined });
        }}
        filter={filter}
        onFilter={(value) => {
          setSearch({ filter: value });
        }}
        sku={sku}
        onSku={(value) => {
          setSearch({ sku: value });
        }}
        products={products.data ?? []}
      />
      <Caption1 role="status" aria-live="polite">
        {query.isFetching && !query.isPending
          ? t('users.searching')
          : total !== undefined
            ? t('users.found', { count: total })
            : ''}
      </Caption1>
      <QueryState
        query={query}
        data={rows}
        loading={t('users.loading')}
        error={t('users.loadFailed')}
        isEmpty={(r) => r.length === 0}
        empty={
          <EmptyState
            title={t('users.noMatch')}
            description={t(q ? 'users.noMatchSearch' : 'users.noMatchState')}
          />
        }
      >
        {(users) => (
          <UsersTable
            users={users}
            hasMore={!errorsOnly && list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
            onOpen={(user) =>
              void navigate({ to: '/users/$userId', params: { userId: user.id }, search: {} })
            }
          />
        )}
      </QueryState>
    </Blade>
  );
}
