/**
 * All products — the worked example of a blade: server data from `src/api` (preloaded by the
 * route's loader), the search text in the URL (`?q=`), a virtualised table, the query-state
 * ladder, navigation to a detail.
 */
import { SearchBox, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwiseRegular, BoxMultipleRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useProducts } from '../../api/products';
import { useRefresh } from '../../api/refresh';
import type { Product, Seats } from '../../api/types';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { formatCount } from '../../lib/format';

const route = getRouteApi('/licenses/products/');

const count = (pick: (seats: Seats) => number) => (product: Product) =>
  formatCount(pick(product.seats));

const columns: VirtualTableColumn<Product>[] = [
  { id: 'name', header: 'Product', width: 'minmax(200px, 3fr)', cell: (p) => p.name },
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

const matches = (term: string) => (product: Product) =>
  `${product.name} ${product.partNumber}`.toLowerCase().includes(term);

export function ProductsPage() {
  const { q = '' } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useProducts();
  const refresh = useRefresh();
  const term = q.trim().toLowerCase();
  const rows = useMemo(
    () => (term === '' ? query.data : query.data?.filter(matches(term))),
    [query.data, term],
  );
  return (
    <Blade
      title="All products"
      subtitle="Licenses"
      icon={<BoxMultipleRegular />}
      commands={
        <Toolbar aria-label="Product commands">
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={refresh}>
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
      <QueryState
        query={query}
        data={rows}
        loading="Loading products"
        error="Could not load products"
        isEmpty={(r) => r.length === 0}
        empty={
          <EmptyState
            title={q ? 'No products match your search' : 'No products yet'}
            description={
              q
                ? 'Try another name.'
                : 'Products appear here once the organization buys a subscription.'
            }
          />
        }
      >
        {(found) => (
          <VirtualTable
            label="Products"
            columns={columns}
            rows={found}
            getRowId={(p) => p.skuId}
            onRowActivate={(p) =>
              void navigate({
                to: '/licenses/products/$skuId',
                params: { skuId: p.skuId },
                search: {},
              })
            }
          />
        )}
      </QueryState>
    </Blade>
  );
}
