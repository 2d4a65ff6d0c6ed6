/**
 * All products (`/licenses/products?q=`) and one product (`/licenses/products/$skuId?tab=&q=&path=`). The
 * blades' components load on demand from `./products.lazy`.
 */
import { withWords } from '../../lib/i18n/catalog';
import { Outlet, createRoute } from '@tanstack/react-router';
import { findProduct, productsQueryOptions } from '../../api/products';
import {
  PRODUCT_TABS,
  type LicensePath,
  type ProductDetailSearch,
} from '../../features/products/product-search';
import { toGroupId, toSkuId } from '../../lib/ids';
import { optionalGuid, optionalOneOf, optionalString } from '../../lib/url/search-params';
import { licensesRoute } from './licenses';
import { loadCrumb, preload } from './loaders';
import { ROUTE_WORDS } from './words';

export const productsRoute = createRoute({
  getParentRoute: () => licensesRoute,
  path: 'products',
  component: Outlet,
  staticData: { breadcrumb: 'shell.crumb.allProducts' },
});

export const productListRoute = createRoute({
  getParentRoute: () => productsRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): { q?: string } => ({
    q: optionalString(search.q),
  }),
  loader: ({ context }) => {
    preload(() => context.queryClient.query({ ...productsQueryOptions(), staleTime: 'static' }));
  },
}).lazy(() =>
  withWords(ROUTE_WORDS.products, import('./products.lazy')).then((m) => m.productListLazyRoute),
);

/** `direct`, or a group's id. */
function licensePath(value: unknown): LicensePath | undefined {
  if (value === 'direct') return 'direct';
  const id = optionalGuid(value);
  return id === undefined ? undefined : toGroupId(id);
}

export const productDetailRoute = createRoute({
  getParentRoute: () => productsRoute,
  path: '$skuId',
  params: {
    parse: ({ skuId }) => ({ skuId: toSkuId(skuId) }),
    stringify: ({ skuId }) => ({ skuId }),
  },
  validateSearch: (search: Record<string, unknown>): ProductDetailSearch => ({
    tab: optionalOneOf(PRODUCT_TABS, search.tab),
    q: optionalString(search.q),
    path: licensePath(search.path),
  }),
  loader: ({ context, params }) =>
    loadCrumb(
      () => context.queryClient.query({ ...productsQueryOptions(), staleTime: 'static' }),
      (products) => findProduct(products, params.skuId)?.name,
    ),
  staticData: { breadcrumb: 'shell.crumb.product' },
}).lazy(() =>
  withWords(ROUTE_WORDS.products, import('./products.lazy')).then((m) => m.productDetailLazyRoute),
);

export const productsRouteTree = productsRoute.addChildren([productListRoute, productDetailRoute]);
