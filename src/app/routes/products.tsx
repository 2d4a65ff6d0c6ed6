/** All products (`/licenses/products?q=`) and one product (`/licenses/products/$skuId?tab=`). */
import { Outlet, createRoute } from '@tanstack/react-router';
import { ProductDetailPage } from '../../features/products/product-detail-page';
import { PRODUCT_TABS } from '../../features/products/product-search';
import { ProductsPage } from '../../features/products/products-page';
import { optionalOneOf, optionalString } from '../../lib/url/search-params';
import { licensesRoute } from './licenses';

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
  component: ProductsPage,
});

export const productDetailRoute = createRoute({
  getParentRoute: () => productsRoute,
  path: '$skuId',
  validateSearch: (search: Record<string, unknown>): { tab?: (typeof PRODUCT_TABS)[number] } => ({
    tab: optionalOneOf(PRODUCT_TABS, search.tab),
  }),
  component: ProductDetailPage,
  staticData: { breadcrumb: 'Product' },
});

export const productsRouteTree = productsRoute.addChildren([productListRoute, productDetailRoute]);
