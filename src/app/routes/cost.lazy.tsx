/** The components of Licenses → Cost and Prices (`./cost`), loaded when one is first needed. */
import { createLazyRoute } from '@tanstack/react-router';
import { CostPage } from '../../features/cost/cost-page';
import { PricesPage } from '../../features/cost/prices-page';

export const costLazyRoute = createLazyRoute('/licenses/cost')({ component: CostPage });

export const pricesLazyRoute = createLazyRoute('/licenses/prices')({ component: PricesPage });
