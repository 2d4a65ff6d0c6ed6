/** Licenses → Overview: seats per product at a glance, and a warning when groups have licence errors. */
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ContactCardRegular } from '@fluentui/react-icons';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { LicenseErrorsBanner } from './license-errors-banner';
import { PortalLink, productHref } from './portal-link';
import { productName } from './product-name';
import { SeatMeter } from './seat-meter';
import { seatsOf } from './seats';
import { useSubscribedSkus } from './use-subscribed-skus';

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
  const query = useSubscribedSkus();
  const skus = query.data ?? [];
  return (
    <Blade title="Licenses" subtitle="Overview" icon={<ContactCardRegular />}>
      <Body1>
        Manage Microsoft Entra group-based licensing: see which products your organization owns,
        which groups and users hold them, and why each assignment succeeded or failed.
      </Body1>
      <LicenseErrorsBanner />
      <Subtitle2 as="h2">Seats per product</Subtitle2>
      {query.isPending ? <Loading label="Loading products" rows={4} /> : null}
      {query.isError ? (
        <ErrorMessage
          title="Could not load products"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isSuccess && skus.length === 0 ? (
        <EmptyState
          title="No products yet"
          description="Products appear here once the organization buys a subscription."
        />
      ) : null}
      {skus.length > 0 ? (
        <ul className={styles.list} aria-label="Seats per product">
          {skus.map((sku) => (
            <li key={sku.skuId}>
              <SeatMeter
                name={
                  <PortalLink href={productHref(sku.skuId ?? '')}>{productName(sku)}</PortalLink>
                }
                seats={seatsOf(sku)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <PortalLink href="/licenses/products">See all products</PortalLink>
    </Blade>
  );
}
