/**
 * Licenses → Cost (`/licenses/cost?by=`): monthly and idle spend, and the spend by product,
 * department, country or licensing group as a chart with the table beside it, and a CSV of every
 * row (issue #15 item 2). Without prices it says what to enter and links to the Prices tab.
 */
import {
  Body1,
  Caption1,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowDownloadRegular, MoneyRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { lazy, memo, Suspense, useDeferredValue, useMemo } from 'react';
import { useGroupSeats, usePlaceSeats } from '../../api/license-holders';
import { useProducts } from '../../api/products';
import { useRefresh } from '../../api/refresh';
import { Blade } from '../../components/blade';
import { BladeTabs } from '../../components/blade-tabs';
import { EmptyState } from '../../components/empty-state';
import { KeyFigure, KeyFigures } from '../../components/key-figures';
import { Loading } from '../../components/loading';
import { QueryState } from '../../components/query-state';
import { RouterLink } from '../../components/router-link';
import { LicensesTabs } from '../../hooks/licenses-tabs';
import { csvBlob, downloadFile } from '../../lib/csv';
import { useFormat } from '../../lib/i18n/format';
import { useT } from '../../lib/i18n/use-t';
import { usePrices } from '../../lib/licensing/price-store';
import { hasPrices, toUnits, type PriceList } from '../../lib/licensing/prices';
import { costCsv } from './cost-csv';
import { costRows, productRows, totalsOf, type BreakdownSeats, type Namers } from './cost-rows';
import { COST_BY, COST_BY_LABELS, type CostBy } from './cost-search';
import { CostTable } from './cost-table';
import type { Product } from '../../api/types';

const CostChart = lazy(() => import('./cost-chart'));
const route = getRouteApi('/licenses/cost');

const useStyles = makeStyles({
  // The table takes the width its columns need (six on the products) and the chart the rest;
  // where both do not fit side by side the table goes under the chart.
  side: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  chart: { flex: '1 1 360px', minWidth: 0 },
  table: { flex: '0 1 auto', maxWidth: '100%', overflowX: 'auto' },
});

export function CostPage() {
  const t = useT();
  const prices = usePrices();
  const products = useProducts();
  const refresh = useRefresh();
  const { by: chosen = 'product' } = route.useSearch();
  // The tab follows the click at once; the breakdown under it (the chart draws itself with d3
  // and measures its labels: 30-100 ms of one task at each switch) renders after, in a render
  // React can interrupt, so the click never waits for it.
  const by = useDeferredValue(chosen);
  const navigate = route.useNavigate();
  const priced = hasPrices(prices);
  // Each breakdown reads only what its sums need: places or paths.
  const place = usePlaceSeats(priced && (by === 'department' || by === 'country'));
  const group = useGroupSeats(priced && by === 'group');
  const seats = by === 'group' ? group : place;
  const rows = useCostRows(by, products.data, place.data, group.data, prices);
  const currency = prices.currency ?? '';
  const label = t('cost.table', { by: t(COST_BY_LABELS[by]).toLowerCase() });
  return (
    <Blade
      title={t('cost.title')}
      subtitle={t('cost.subtitle')}
      icon={<MoneyRegular />}
      tabs={<LicensesTabs selected="cost" />}
      commands={
        <Toolbar aria-label={t('cost.commands')}>
          <ToolbarButton
            icon={<ArrowDownloadRegular />}
            disabled={!priced || rows === null}
            onClick={() => {
              if (rows) downloadFile(`cost-by-${by}.csv`, csvBlob(costCsv(by, currency, rows)));
            }}
          >
            {t('cost.download')}
          </ToolbarButton>
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={refresh}>
            {t('common.refresh')}
          </ToolbarButton>
        </Toolbar>
      }
    >
      {!priced ? (
        <NoPrices />
      ) : (
        <QueryState
          query={products}
          data={products.data}
          loading={t('products.loading')}
          error={t('products.loadFailed')}
        >
          {(list) => (
            <>
              <CostFigures products={list} prices={prices} />
              <BladeTabs
                tabs={COST_BY}
                labels={COST_BY_LABELS}
                selected={chosen}
                onSelect={(next) => {
                  void navigate({ search: { by: next }, replace: true });
                }}
              />
              {by === 'group' && <Caption1>{t('cost.groupsExplained')}</Caption1>}
              <QueryState
                query={by === 'product' ? products : seats}
                data={rows ?? undefined}
                loading={t('cost.loading')}
                error={t('cost.loadFailed')}
              >
                {(shown) => (
                  <CostBreakdown by={by} label={label} rows={shown} currency={currency} />
                )}
              </QueryState>
            </>
          )}
        </QueryState>
      )}
    </Blade>
  );
}

function useCostRows(
  by: CostBy,
  products: readonly Product[] | undefined,
  place: BreakdownSeats['place'],
  group: BreakdownSeats['group'],
  prices: PriceList,
) {
  const t = useT();
  return useMemo(() => {
    if (!products) return null;
    const regions = new Intl.DisplayNames(undefined, { type: 'region' });
    const names: Namers = {
      noDepartment: t('cost.noDepartment'),
      noCountry: t('cost.noCountry'),
      direct: t('cost.direct'),
      country: (code) => regions.of(code) ?? code,
    };
    if (by !== 'product' && !(by === 'group' ? group : place)) return null;
    return costRows(by, productRows(products, prices), { place, group }, prices, names);
  }, [by, products, place, group, prices, t]);
}

function NoPrices() {
  const t = useT();
  return (
    <EmptyState
      title={t('cost.noPrices.title')}
      description={t('cost.noPrices.body')}
      action={
        <RouterLink to="/licenses/prices" search={{}}>
          {t('cost.noPrices.link')}
        </RouterLink>
      }
    />
  );
}

function CostFigures({
  products,
  prices,
}: {
  readonly products: readonly Product[];
  readonly prices: PriceList;
}) {
  const t = useT();
  const format = useFormat();
  const totals = totalsOf(productRows(products, prices));
  const money = (amount: number) => format.money(toUnits(amount), prices.currency ?? '');
  return (
    <KeyFigures>
      <KeyFigure label={<Body1>{t('cost.monthly')}</Body1>} value={money(totals.spend)} />
      <KeyFigure
        label={<Body1>{t('cost.idle')}</Body1>}
        value={money(totals.idleSpend)}
        note={<Caption1>{t('cost.idleExplained')}</Caption1>}
      />
      {totals.unpricedProducts > 0 && (
        <Caption1>{t('cost.unpriced', { count: totals.unpricedProducts })}</Caption1>
      )}
    </KeyFigures>
  );
}

/** Memoised: the render that moves the tab leaves the breakdown as it is (see `useDeferredValue`). */
const CostBreakdown = memo(function CostBreakdown(props: {
  readonly by: CostBy;
  readonly label: string;
  readonly rows: Parameters<typeof CostTable>[0]['rows'];
  readonly currency: string;
}) {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.side}>
      <div className={styles.chart}>
        <Suspense fallback={<Loading label={t('cost.loading')} />}>
          <CostChart title={props.label} rows={props.rows} currency={props.currency} />
        </Suspense>
      </div>
      <div className={styles.table}>
        <CostTable {...props} />
      </div>
    </div>
  );
});
