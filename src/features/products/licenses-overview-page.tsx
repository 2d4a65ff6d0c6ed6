/** Licenses → Overview: seats per product at a glance, and a warning when groups have licence errors. */
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ContactCardRegular } from '@fluentui/react-icons';
import { useProducts } from '../../api/products';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';
import { LicensesTabs } from '../../hooks/licenses-tabs';
import { QueryState } from '../../components/query-state';
import { RouterLink } from '../../components/router-link';
import { LicenseErrorsBanner } from './license-errors-banner';
import { SeatMeter } from './seat-meter';
import { useT } from '../../lib/i18n/use-t';
import { lazy, Suspense } from 'react';

/** The cost numbers load after the first render (their words are the Overview's own). */
const OverviewCosts = lazy(() => import('./overview-costs'));

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

export function LicensesOverviewPage() {
  const styles = useStyles();
  const query = useProducts();
  const t = useT();
  return (
    <Blade
      title={t('products.overview.title')}
      subtitle={t('products.overview.subtitle')}
      icon={<ContactCardRegular />}
      tabs={<LicensesTabs selected="overview" />}
    >
      <Body1>{t('products.overview.intro')}</Body1>
      <LicenseErrorsBanner />
      <Suspense fallback={null}>
        <OverviewCosts />
      </Suspense>
      <Subtitle2 as="h2">{t('products.overview.seats')}</Subtitle2>
      <QueryState
        query={query}
        data={query.data}
        loading={t('products.loading')}
        error={t('products.loadFailed')}
        rows={4}
        isEmpty={(products) => products.length === 0}
        empty={<EmptyState title={t('products.none')} description={t('products.noneBody')} />}
      >
        {(products) => (
          <ul className={styles.list} aria-label={t('products.overview.seats')}>
            {products.map((product) => (
              <li key={product.skuId}>
                <SeatMeter
                  name={
                    <RouterLink
                      to="/licenses/products/$skuId"
                      params={{ skuId: product.skuId }}
                      search={{}}
                    >
                      {product.name}
                    </RouterLink>
                  }
                  seats={product.seats}
                />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <RouterLink to="/licenses/products" search={{}}>
        {t('products.overview.all')}
      </RouterLink>
    </Blade>
  );
}
