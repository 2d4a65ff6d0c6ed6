/** The user list: a virtualised grid that loads the next page when the admin scrolls near its end. */
import { Button } from '@fluentui/react-components';
import type { UIEvent } from 'react';
import type { UserSummary } from '../../api/types';
import {
  VirtualTable,
  type SortState,
  type VirtualTableColumn,
} from '../../components/virtual-table';
import { productName } from '../../lib/licensing/names';
import { userStatus } from '../../lib/licensing/product-licenses';
import { useMemo } from 'react';
import { useT, type Translate } from '../../lib/i18n/use-t';

const columnsIn = (t: Translate): VirtualTableColumn<UserSummary>[] => [
  {
    id: 'name',
    header: t('users.col.name'),
    width: 'minmax(140px, 2fr)',
    sortable: true,
    cell: (u) => u.displayName,
  },
  {
    id: 'upn',
    header: t('users.col.upn'),
    width: 'minmax(170px, 3fr)',
    sortable: true,
    cell: (u) => u.userPrincipalName,
  },
  {
    id: 'location',
    header: t('users.col.location'),
    width: '136px',
    cell: (u) => u.usageLocation ?? t('users.notSet'),
  },
  {
    id: 'licenses',
    header: t('users.col.licenses'),
    width: 'minmax(130px, 3fr)',
    cell: (u) => u.licenses.map((skuId) => productName(skuId)).join(', ') || t('users.none'),
  },
  {
    id: 'status',
    header: t('users.col.status'),
    width: 'minmax(140px, 2fr)',
    cell: (u) => userStatus(t, u.assignments),
  },
];

export interface UsersTableProps {
  readonly users: readonly UserSummary[];
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly onLoadMore: () => void;
  readonly onOpen: (user: UserSummary) => void;
  /** The order (column ids `name`, `upn`); a header click asks for the next one. */
  readonly sort: SortState | undefined;
  readonly onSortChange: (sort: SortState) => void;
}

export function UsersTable({
  users,
  hasMore,
  loadingMore,
  onLoadMore,
  onOpen,
  sort,
  onSortChange,
}: UsersTableProps) {
  const t = useT();
  const columns = useMemo(() => columnsIn(t), [t]);
  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const el = event.target as HTMLElement;
    if (hasMore && !loadingMore && el.scrollTop + el.clientHeight >= el.scrollHeight - 400)
      onLoadMore();
  };
  return (
    <div onScrollCapture={onScroll}>
      <VirtualTable
        label={t('users.table')}
        columns={columns}
        rows={users}
        getRowId={(u) => u.id}
        onRowActivate={onOpen}
        sort={sort}
        onSortChange={onSortChange}
      />
      {hasMore ? (
        <Button
          appearance="subtle"
          disabled={loadingMore}
          onClick={onLoadMore}
          style={{ marginTop: 8 }}
        >
          {t(loadingMore ? 'users.loadingMore' : 'users.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
