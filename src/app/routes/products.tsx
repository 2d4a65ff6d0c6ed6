/** All products (`/licenses/products?q=`) and one product (`/licenses/products/$skuId?tab=`). */
import { Outlet, createRoute } from '@tanstack/react-router';
import { findProduct, productsQueryOptions } from '../../api/products';
import { ProductDetailPage } from '../../features/products/product-detail-page';
import { PRODUCT_TABS, type ProductTab } from '../../features/products/product-search';
import { ProductsPage } from '../../features/products/products-page';
import { toSkuId } from '../../lib/ids';
import { optionalOneOf, optionalString } from '../../lib/url/search-params';
import { licensesRoute } from './licenses';
import { loadCrumb, preload } from './loaders';

export const productsRoute = createRoute({
  getParentRoute: () => licensesRoute,
  path: 'products',
  component: Outlet,
  staticData: { breadcrumb: 'All products' },
});

export const productListRoute = createRoute({
  getParentRoute: () => productsRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): { q?: string } => ({
    q: optionalString(search.q),
  }),
  loader: ({ context }) =>
    preload(() => context.queryClient.query({ ...productsQueryOptions(), staleTime: 'static' })),
  component: ProductsPage,
});

export const productDetailRoute = createRoute({
  getParentRoute: () => productsRoute,
  path: '$skuId',
  params: {
    parse: ({ skuId }) => ({ skuId: toSkuId(skuId) }),
    stringify: ({ skuId }) => ({ skuId }),
  },
  validateSearch: (search: Record<string, unknown>): { tab?: ProductTab } => ({
    tab: optionalOneOf(PRODUCT_TABS, search.tab),
  }),
  loader: ({ context, params }) =>
    loadCrumb(
      () => context.queryClient.query({ ...productsQueryOptions(), staleTime: 'static' }),
      (products) => findProduct(products, params.skuId)?.name,
    ),
  component: ProductDetailPage,
  staticData: { breadcrumb: 'Product' },
});

export const productsRouteTree = productsRoute.addChildren([productListRoute, productDetailRoute]);
