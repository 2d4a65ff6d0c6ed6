/**
 * All products (`/licenses/products?q=`) and one product (`/licenses/products/$skuId?tab=`). The
 * blades' components load on demand from `./products.lazy`.
 */
import { Outlet, createRoute } from '@tanstack/react-router';
import { PRODUCT_TABS } from '../../features/products/product-search';
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
}).lazy(() => import('./products.lazy').then((m) => m.productListLazyRoute));

export const productDetailRoute = createRoute({
  getParentRoute: () => productsRoute,
  path: '$skuId',
  validateSearch: (search: Record<string, unknown>): { tab?: (typeof PRODUCT_TABS)[number] } => ({
    tab: optionalOneOf(PRODUCT_TABS, search.tab),
  }),
  staticData: { breadcrumb: 'Product' },
}).lazy(() => import('./products.lazy').then((m) => m.productDetailLazyRoute));

export const productsRouteTree = productsRoute.addChildren([productListRoute, productDetailRoute]);
