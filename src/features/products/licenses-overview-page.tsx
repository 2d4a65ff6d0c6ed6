/** Licenses → Overview: seats per product at a glance, and a warning when groups have licence errors. */
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ContactCardRegular } from '@fluentui/react-icons';
import { useProducts } from '../../api/products';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { RouterLink } from '../../components/router-link';
import { LicenseErrorsBanner } from './license-errors-banner';
import { SeatMeter } from './seat-meter';

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
  return (
    <Blade title="Licenses" subtitle="Overview" icon={<ContactCardRegular />}>
      <Body1>
        Manage Microsoft Entra group-based licensing: see which products your organization owns,
        which groups and users hold them, and why each assignment succeeded or failed.
      </Body1>
      <LicenseErrorsBanner />
      <Subtitle2 as="h2">Seats per product</Subtitle2>
      <QueryState
        query={query}
        data={query.data}
        loading="Loading products"
        error="Could not load products"
        rows={4}
        isEmpty={(products) => products.length === 0}
        empty={
          <EmptyState
            title="No products yet"
            description="Products appear here once the organization buys a subscription."
          />
        }
      >
        {(products) => (
          <ul className={styles.list} aria-label="Seats per product">
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
        See all products
      </RouterLink>
    </Blade>
  );
}
