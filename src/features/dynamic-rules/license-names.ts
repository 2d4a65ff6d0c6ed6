/** Product and service plan names for the impact views (the GUID only when the catalog does not know it). */
import { catalog, describePlan } from '../../engine';

export const productName = (skuId: string) => catalog.product(skuId)?.displayName ?? skuId;
export const planName = (servicePlanId: string) => describePlan(servicePlanId);
export const names = (ids: readonly string[], name: (id: string) => string) =>
  ids.map(name).join(', ');
