/** The user list: a virtualised grid that loads the next page when the admin scrolls near its end. */
import { Button } from '@fluentui/react-components';
import type { UIEvent } from 'react';
import type { UserSummary } from '../../api/types';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { productName } from '../../lib/licensing/names';
import { userStatus } from '../../lib/licensing/product-licenses';

const columns: VirtualTableColumn<UserSummary>[] = [
  { id: 'name', header: 'Name', width: 'minmax(140px, 2fr)', cell: (u) => u.displayName },
  {
    id: 'upn',
    header: 'User principal name',
    width: 'minmax(170px, 3fr)',
    cell: (u) => u.userPrincipalName,
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
    cell: (u) => u.licenses.map((skuId) => productName(skuId)).join(', ') || 'None',
  },
  {
    id: 'status',
    header: 'Status',
    width: 'minmax(140px, 2fr)',
    cell: (u) => userStatus(u.assignments),
  },
];

export interface UsersTableProps {
  readonly users: readonly UserSummary[];
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly onLoadMore: () => void;
  readonly onOpen: (user: UserSummary) => void;
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
        getRowId={(u) => u.id}
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
