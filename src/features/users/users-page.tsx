/**
 * Users: every user of the organization, searched on the server as the admin types (debounced,
 * the previous results stay while the next load), filtered by licence state or product, in a
 * virtualised grid that pages through `@odata.nextLink` as the admin scrolls.
 */
import { Caption1, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwiseRegular, PersonRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import type { User } from '../../lib/graph/graph-types';
import { useDebouncedValue } from './use-debounced-value';
import { useSubscribedSkus } from './use-subscribed-skus';
import { useUsers } from './use-users';
import { useUsersWithErrors } from './use-users-with-errors';
import { UsersFilters } from './users-filters';
import { UsersTable } from './users-table';

const route = getRouteApi('/users/');

export const SEARCH_DEBOUNCE_MS = 150;

export function UsersPage() {
  const { q = '', filter, sku } = route.useSearch();
  const navigate = route.useNavigate();
  const search = useDebouncedValue(q, SEARCH_DEBOUNCE_MS);
  const errorsOnly = filter === 'errors';
  const list = useUsers({ search, filter: errorsOnly ? undefined : filter, sku }, !errorsOnly);
  const withErrors = useUsersWithErrors(errorsOnly);
  const skus = useSubscribedSkus();

  const rows = useMemo<readonly User[]>(() => {
    if (!errorsOnly) return list.data?.pages.flatMap((p) => p.value) ?? [];
    const term = search.trim().toLowerCase();
    return (withErrors.data ?? []).filter(
      (u) =>
        (!term ||
          (u.displayName ?? '')
            .toLowerCase()
            .split(/\s+/)
            .some((w) => w.startsWith(term)) ||
          (u.displayName ?? '').toLowerCase().startsWith(term)) &&
        (!sku ||
          (u.assignedLicenses ?? []).some((l) => l.skuId === sku) ||
          (u.licenseAssignmentStates ?? []).some((s) => s.skuId === sku)),
    );
  }, [errorsOnly, list.data, withErrors.data, search, sku]);

  const query = errorsOnly ? withErrors : list;
  const total = errorsOnly ? rows.length : list.data?.pages[0]?.['@odata.count'];
  const setSearch = (patch: {
    q?: string | undefined;
    filter?: typeof filter;
    sku?: string | undefined;
  }) => {
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  };

  return (
    <Blade
      title="Users"
      subtitle="All users"
      icon={<PersonRegular />}
      commands={
        <Toolbar aria-label="User commands">
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={() => void query.refetch()}>
            Refresh
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
        skus={skus.data ?? []}
      />
      <Caption1 role="status" aria-live="polite">
        {query.isFetching && !query.isPending
          ? 'Searching…'
          : total !== undefined
            ? `${total.toLocaleString('en-US')} users found`
            : ''}
      </Caption1>
      {query.isPending ? <Loading label="Loading users" /> : null}
      {query.isError ? (
        <ErrorMessage
          title="Could not load users"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isSuccess && rows.length === 0 ? (
        <EmptyState
          title="No users match"
          description={
            q ? 'Try another name, or clear the filters.' : 'No user has this license state.'
          }
        />
      ) : null}
      {query.isSuccess && rows.length > 0 ? (
        <UsersTable
          users={rows}
          hasMore={!errorsOnly && list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          onOpen={(user) =>
            void navigate({ to: '/users/$userId', params: { userId: user.id ?? '' }, search: {} })
          }
        />
      ) : null}
    </Blade>
  );
}
