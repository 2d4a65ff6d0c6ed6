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
import { useSubscriptions } from '../../api/subscriptions';
import { useRefresh } from '../../api/refresh';
import type { Product, Seats } from '../../api/types';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { useFormat, type Format } from '../../lib/i18n/format';
import { useT, type Translate } from '../../lib/i18n/use-t';
import { expiringUntil } from '../../lib/licensing/seats';

const route = getRouteApi('/licenses/products/');

/** The day a product's expiring seats stop working (ISO 8601), when its subscriptions say. */
type ExpiryOf = (product: Product) => string | null;

const columnsIn = (
  t: Translate,
  format: Format,
  expiry: ExpiryOf,
): VirtualTableColumn<Product>[] => {
  const count = (pick: (seats: Seats) => number) => (product: Product) =>
    t('products.count', { count: pick(product.seats) });
  return [
    {
      id: 'name',
      header: t('products.col.product'),
      width: 'minmax(200px, 3fr)',
      cell: (p) => p.name,
    },
    {
      id: 'total',
      header: t('products.col.total'),
      width: 'minmax(96px, 1fr)',
      align: 'end',
      cell: count((s) => s.total),
    },
    {
      id: 'assigned',
      header: t('products.col.assigned'),
      width: 'minmax(96px, 1fr)',
      align: 'end',
      cell: count((s) => s.assigned),
    },
    {
      id: 'available',
      header: t('products.col.available'),
      width: 'minmax(96px, 1fr)',
      align: 'end',
      cell: count((s) => s.available),
    },
    {
      id: 'expiring',
      header: t('products.col.expiring'),
      width: 'minmax(150px, 1.4fr)',
      align: 'end',
      cell: (p) => {
        const day = p.seats.expiringSoon > 0 ? expiry(p) : null;
        return day
          ? t('products.expiringOn', { count: p.seats.expiringSoon, date: format.date(day) })
          : t('products.count', { count: p.seats.expiringSoon });
      },
    },
  ];
};

const matches = (term: string) => (product: Product) =>
  `${product.name} ${product.partNumber}`.toLowerCase().includes(term);

export function ProductsPage() {
  const { q = '' } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useProducts();
  const refresh = useRefresh();
  const t = useT();
  const format = useFormat();
  // The subscriptions are read only when a product has seats expiring (the date behind them).
  const subscriptions = useSubscriptions(
    query.data?.some((p) => p.seats.expiringSoon > 0) ?? false,
  );
  const columns = useMemo(
    () => columnsIn(t, format, (p) => expiringUntil(subscriptions.data, p.skuId)),
    [t, format, subscriptions.data],
  );
  const term = q.trim().toLowerCase();
  const rows = useMemo(
    () => (term === '' ? query.data : query.data?.filter(matches(term))),
    [query.data, term],
  );
  return (
    <Blade
      title={t('products.title')}
      subtitle={t('products.subtitle')}
      icon={<BoxMultipleRegular />}
      commands={
        <Toolbar aria-label={t('products.commands')}>
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={refresh}>
            {t('common.refresh')}
          </ToolbarButton>
        </Toolbar>
      }
    >
      <SearchBox
        aria-label={t('products.search')}
        placeholder={t('products.search')}
        value={q}
        onChange={(_event, data) =>
          void navigate({ search: { q: data.value || undefined }, replace: true })
        }
        style={{ maxWidth: 360 }}
      />
      <QueryState
        query={query}
        data={rows}
        loading={t('products.loading')}
        error={t('products.loadFailed')}
        isEmpty={(r) => r.length === 0}
        empty={
          <EmptyState
            title={t(q ? 'products.noMatch' : 'products.none')}
            description={t(q ? 'products.noMatchBody' : 'products.noneBody')}
          />
        }
      >
        {(found) => (
          <VirtualTable
            label={t('products.table')}
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
