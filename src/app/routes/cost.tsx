/**
 * Licenses → Cost (`/licenses/cost?by=`) and Licenses → Prices (`/licenses/prices`), tabs of the
 * Licenses blade; their components (and the chart library) load on demand from `./cost.lazy`.
 */
import { createRoute } from '@tanstack/react-router';
import { productsQueryOptions } from '../../api/products';
import { COST_BY, type CostSearch } from '../../features/cost/cost-search';
import { withWords } from '../../lib/i18n/catalog';
import { optionalOneOf } from '../../lib/url/search-params';
import { licensesRoute } from './licenses';
import { preload } from './loaders';
import { ROUTE_WORDS } from './words';

export const costRoute = createRoute({
  getParentRoute: () => licensesRoute,
  path: 'cost',
  validateSearch: (search: Record<string, unknown>): CostSearch => ({
    by: optionalOneOf(COST_BY, search.by),
  }),
  loader: ({ context }) => {
    preload(() => context.queryClient.query({ ...productsQueryOptions(), staleTime: 'static' }));
  },
  staticData: { breadcrumb: 'shell.crumb.cost' },
}).lazy(() => withWords(ROUTE_WORDS.cost, import('./cost.lazy')).then((m) => m.costLazyRoute));

export const pricesRoute = createRoute({
  getParentRoute: () => licensesRoute,
  path: 'prices',
  loader: ({ context }) => {
    preload(() => context.queryClient.query({ ...productsQueryOptions(), staleTime: 'static' }));
  },
  staticData: { breadcrumb: 'shell.crumb.prices' },
}).lazy(() => withWords(ROUTE_WORDS.cost, import('./cost.lazy')).then((m) => m.pricesLazyRoute));
