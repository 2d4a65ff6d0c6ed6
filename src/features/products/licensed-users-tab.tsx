/** Product → Licensed users: who holds the product and through which assignment paths, page by page. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular } from '@fluentui/react-icons';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import type { User } from '../../lib/graph/graph-types';
import { summariseAssignments, type AssignmentSummary } from './assignment-paths';
import { useGroupNameResolver } from './use-group-name-resolver';
import { useLicensedUsers } from './use-licensed-users';

interface Row {
  readonly user: User;
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

export function LicensedUsersTab({ skuId }: { readonly skuId: string }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const query = useLicensedUsers(skuId);
  const groupName = useGroupNameResolver(skuId);
  const rows = useMemo<Row[]>(
    () =>
      (query.data?.pages ?? [])
        .flatMap((page) => page.value)
        .map((user) => ({ user, summary: summariseAssignments(user, skuId, groupName) })),
    [query.data, skuId, groupName],
  );
  const columns = useMemo<VirtualTableColumn<Row>[]>(
    () => [
      {
        id: 'user',
        header: 'User',
        width: 'minmax(130px, 2fr)',
        cell: (r) => r.user.displayName ?? r.user.userPrincipalName,
      },
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
          r.summary.hasError ? (
            <span className={styles.error} title={r.summary.error}>
              <ErrorCircleRegular aria-hidden />
              {r.summary.error}
            </span>
          ) : (
            'None'
          ),
      },
    ],
    [styles.error],
  );

  if (query.isPending) return <Loading label="Loading licensed users" />;
  if (query.isError)
    return (
      <ErrorMessage
        title="Could not load licensed users"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  if (rows.length === 0)
    return (
      <EmptyState
        title="No user holds this product"
        description="Assign it to users directly or through a group."
      />
    );
  return (
    <>
      <VirtualTable
        label="Licensed users"
        columns={columns}
        rows={rows}
        getRowId={(r) => r.user.id ?? ''}
        onRowActivate={(r) =>
          void navigate({ to: '/users/$userId', params: { userId: r.user.id ?? '' }, search: {} })
        }
      />
      <div className={styles.footer}>
        <Caption1>
          {rows.length.toLocaleString('en-US')} users shown
          {query.hasNextPage ? ', more available' : ''}
        </Caption1>
        {query.hasNextPage ? (
          <Button disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
        ) : null}
      </div>
    </>
  );
}
