/** The user list: a virtualised grid that loads the next page when the admin scrolls near its end. */
import { Button } from '@fluentui/react-components';
import type { UIEvent } from 'react';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import type { User } from '../../lib/graph/graph-types';
import { userStatus } from './license-errors';
import { productDisplayName } from './license-model';

const columns: VirtualTableColumn<User>[] = [
  { id: 'name', header: 'Name', width: 'minmax(140px, 2fr)', cell: (u) => u.displayName ?? u.id },
  {
    id: 'upn',
    header: 'User principal name',
    width: 'minmax(170px, 3fr)',
    cell: (u) => u.userPrincipalName ?? '',
  },
  {
    id: 'location',
    header: 'Usage location',
    width: '136px',
    cell: (u) => u.usageLocation ?? 'Not set',
  },
  {
    id: 'licenses',
    header: 'Licenses',
    width: 'minmax(130px, 3fr)',
    cell: (u) =>
      (u.assignedLicenses ?? []).map((l) => productDisplayName(l.skuId ?? '')).join(', ') || 'None',
  },
  { id: 'status', header: 'Status', width: 'minmax(140px, 2fr)', cell: userStatus },
];

export interface UsersTableProps {
  readonly users: readonly User[];
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly onLoadMore: () => void;
  readonly onOpen: (user: User) => void;
}

export function UsersTable({ users, hasMore, loadingMore, onLoadMore, onOpen }: UsersTableProps) {
  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const el = event.target as HTMLElement;
    if (hasMore && !loadingMore && el.scrollTop + el.clientHeight >= el.scrollHeight - 400)
      onLoadMore();
  };
  return (
    <div onScrollCapture={onScroll}>
      <VirtualTable
        label="Users"
        columns={columns}
        rows={users}
        getRowId={(u) => u.id ?? ''}
        onRowActivate={onOpen}
      />
      {hasMore ? (
        <Button
          appearance="subtle"
          disabled={loadingMore}
          onClick={onLoadMore}
          style={{ marginTop: 8 }}
        >
          {loadingMore ? 'Loading more users…' : 'Load more users'}
        </Button>
      ) : null}
    </div>
  );
}
