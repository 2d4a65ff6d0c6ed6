/**
 * All products — the worked example of a blade: server data through a query hook, the search text
 * in the URL (`?q=`), a virtualised table, loading / error / empty states, navigation to a detail.
 */
import { SearchBox, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwiseRegular, BoxMultipleRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import type { SubscribedSku } from '../../lib/graph/graph-types';
import { productName } from './product-name';
import { formatCount, seatsOf, type Seats } from './seats';
import { useSubscribedSkus } from './use-subscribed-skus';

const route = getRouteApi('/licenses/products/');

const count = (pick: (seats: Seats) => number) => (sku: SubscribedSku) =>
  formatCount(pick(seatsOf(sku)));

const columns: VirtualTableColumn<SubscribedSku>[] = [
  { id: 'name', header: 'Product', width: 'minmax(200px, 3fr)', cell: productName },
  {
    id: 'total',
    header: 'Total',
    width: 'minmax(96px, 1fr)',
    align: 'end',
    cell: count((s) => s.total),
  },
  {
    id: 'assigned',
    header: 'Assigned',
    width: 'minmax(96px, 1fr)',
    align: 'end',
    cell: count((s) => s.assigned),
  },
  {
    id: 'available',
    header: 'Available',
    width: 'minmax(96px, 1fr)',
    align: 'end',
    cell: count((s) => s.available),
  },
  {
    id: 'expiring',
    header: 'Expiring soon',
    width: 'minmax(120px, 1fr)',
    align: 'end',
    cell: count((s) => s.expiringSoon),
  },
];

export function ProductsPage() {
  const { q = '' } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useSubscribedSkus();
  const rows = useMemo(() => {
    const term = q.trim().toLowerCase();
    const all = query.data ?? [];
    return term === ''
      ? all
      : all.filter((sku) =>
          `${productName(sku)} ${sku.skuPartNumber ?? ''}`.toLowerCase().includes(term),
        );
  }, [query.data, q]);

  return (
    <Blade
      title="All products"
      subtitle="Licenses"
      icon={<BoxMultipleRegular />}
      commands={
        <Toolbar aria-label="Product commands">
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={() => void query.refetch()}>
            Refresh
          </ToolbarButton>
        </Toolbar>
      }
    >
      <SearchBox
        aria-label="Search products"
        placeholder="Search products"
        value={q}
        onChange={(_event, data) =>
          void navigate({ search: { q: data.value || undefined }, replace: true })
        }
        style={{ maxWidth: 360 }}
      />
      {query.isPending ? <Loading label="Loading products" /> : null}
      {query.isError ? (
        <ErrorMessage
          title="Could not load products"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isSuccess && rows.length === 0 ? (
        <EmptyState
          title={q ? 'No products match your search' : 'No products yet'}
          description={
            q
              ? 'Try another name.'
              : 'Products appear here once the organization buys a subscription.'
          }
        />
      ) : null}
      {query.isSuccess && rows.length > 0 ? (
        <VirtualTable
          label="Products"
          columns={columns}
          rows={rows}
          getRowId={(sku) => sku.skuId ?? ''}
          onRowActivate={(sku) =>
            void navigate({
              to: '/licenses/products/$skuId',
              params: { skuId: sku.skuId ?? '' },
              search: {},
            })
          }
        />
      ) : null}
    </Blade>
  );
}
