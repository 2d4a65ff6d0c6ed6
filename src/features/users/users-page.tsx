/**
 * Users: every user of the organization, searched on the server as the admin types (debounced,
 * the previous results stay while the next load), filtered by licence state, usage location or
 * product, sorted by name or user principal name, in a virtualised grid that pages through
 * `@odata.nextLink` as the admin scrolls.
 *
 * Sorting is Graph's (`$orderby`, which it offers on displayName and userPrincipalName only): the
 * list is paged, so only Graph can order all of it, and 100,000 users are never sorted on the UI
 * thread. The users in licence error are read whole (Graph cannot filter on licence states), so
 * that list is sorted here.
 */
import { Caption1, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwiseRegular, PersonRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { DEFAULT_INACTIVE_DAYS } from '../../api/inactive-days';
import { useProducts } from '../../api/products';
import { useRefresh } from '../../api/refresh';
import type { UserSummary } from '../../api/types';
import { usePrefetchUsers, useUsers, useUsersListsIdle, useUsersWithErrors } from '../../api/users';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { useDebouncedInput } from '../../hooks/use-debounced-value';
import { sortRows } from '../../lib/sort-rows';
import { InactiveUsersReport } from './inactive-users-report';
import { narrow } from './narrow-users';
import { userOrder, type UserListSearch } from './user-search';
import { UsersFilters } from './users-filters';
import { UsersTable } from './users-table';
import { useT } from '../../lib/i18n/use-t';

const route = getRouteApi('/users/');

/**
 * While a read is on its way, the next waits for typing to pause this long; with nothing loading,
 * a keystroke asks at once, so the list answers within 100 ms of the last key (the emulator's
 * search index answers in a few ms). The previous rows stay while the next load, and a read the
 * admin typed past is cancelled (its query loses its last observer).
 */
const SEARCH_DEBOUNCE_MS = 50;

export function UsersPage() {
  const t = useT();
  const { q = '', filter, sku, sort, order, days = DEFAULT_INACTIVE_DAYS } = route.useSearch();
  const navigate = route.useNavigate();
  const refresh = useRefresh();
  const errorsOnly = filter === 'errors';
  const inactive = filter === 'inactive';
  const listed = !errorsOnly && !inactive;
  const listParams = (text: string) => ({
    search: text,
    filter: listed ? filter : undefined,
    sku,
    orderBy: userOrder({ sort, order }),
  });
  const prefetchUsers = usePrefetchUsers();
  const listsIdle = useUsersListsIdle();
  // The wait starts at the keystroke (`typed`), not once the URL's q has rendered.
  const { value: search, typed } = useDebouncedInput(q, SEARCH_DEBOUNCE_MS, {
    onSettle: (text) => {
      if (listed) prefetchUsers(listParams(text));
    },
    idle: listed ? listsIdle : undefined,
  });
  const list = useUsers(listParams(search), listed);
  const withErrors = useUsersWithErrors(errorsOnly);
  const products = useProducts();
  const rows = useMemo<readonly UserSummary[] | undefined>(() => {
    if (!errorsOnly) return list.data?.pages.flatMap((p) => p.items);
    const found = withErrors.data && narrow(withErrors.data, search, sku);
    return found && sort
      ? sortRows(found, (u) => (sort === 'upn' ? u.userPrincipalName : u.displayName), !!order)
      : found;
  }, [errorsOnly, list.data, withErrors.data, search, sku, sort, order]);
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
          typed(text);
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
      {inactive ? (
        <InactiveUsersReport
          days={days}
          search={search}
          sku={sku}
          onDays={(next) => {
            setSearch({ days: next === DEFAULT_INACTIVE_DAYS ? undefined : next });
          }}
          onOpen={(user) =>
            void navigate({ to: '/users/$userId', params: { userId: user.id }, search: {} })
          }
        />
      ) : (
        <>
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
                sort={
                  sort
                    ? { columnId: sort, direction: order ? 'descending' : 'ascending' }
                    : undefined
                }
                onSortChange={(next) => {
                  setSearch({
                    sort: next.columnId === 'upn' ? 'upn' : 'name',
                    order: next.direction === 'descending' ? 'desc' : undefined,
                  });
                }}
                hasMore={!errorsOnly && list.hasNextPage}
                loadingMore={list.isFetchingNextPage}
                onLoadMore={() => void list.fetchNextPage()}
                onOpen={(user) =>
                  void navigate({ to: '/users/$userId', params: { userId: user.id }, search: {} })
                }
              />
            )}
          </QueryState>
        </>
      )}
    </Blade>
  );
}
