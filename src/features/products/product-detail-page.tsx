/** One product (placeholder for the products engineer): shows the tab-in-the-URL pattern. */
import { Tab, TabList } from '@fluentui/react-components';
import { BoxRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { Blade } from '../../components/blade';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useBreadcrumbLabel } from '../../lib/navigation/breadcrumb-store';
import { PRODUCT_TABS, type ProductTab } from './product-search';
import { productName } from './product-name';
import { useSubscribedSkus } from './use-subscribed-skus';

const route = getRouteApi('/licenses/products/$skuId');

const TAB_LABELS: Record<ProductTab, string> = {
  overview: 'Overview',
  'service-plans': 'Service plans',
  'licensed-users': 'Licensed users',
  'licensed-groups': 'Licensed groups',
};

export function ProductDetailPage() {
  const { skuId } = route.useParams();
  const { tab = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useSubscribedSkus();
  const sku = query.data?.find((s) => s.skuId === skuId);
  const name = sku ? productName(sku) : undefined;
  useBreadcrumbLabel(name);

  return (
    <Blade
      title={name ?? 'Product'}
      subtitle={sku?.skuPartNumber ?? undefined}
      icon={<BoxRegular />}
      tabs={
        <TabList selectedValue={tab} onTabSelect={(_event, data) => void navigate({ search: { tab: data.value as ProductTab } })}>
          {PRODUCT_TABS.map((value) => <Tab key={value} value={value}>{TAB_LABELS[value]}</Tab>)}
        </TabList>
      }
    >
      {query.isPending ? <Loading label="Loading product" /> : null}
      {query.isError ? <ErrorMessage title="Could not load the product" error={query.error} /> : null}
      {query.isSuccess && !sku ? <ErrorMessage title="Product not found" error={`No product with id ${skuId} in this organization.`} /> : null}
      {sku ? <p>{TAB_LABELS[tab]} of {name} will appear here.</p> : null}
    </Blade>
  );
}
