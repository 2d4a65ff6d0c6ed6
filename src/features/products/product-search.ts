/** The URL state of the product blades: the tabs of a product, and Licensed users' search and path. */
import type { GroupId } from '../../api/types';
import type { MessageId } from '../../lib/i18n/messages';
export const PRODUCT_TABS = [
  'overview',
  'service-plans',
  'licensed-users',
  'licensed-groups',
] as const;
export type ProductTab = (typeof PRODUCT_TABS)[number];

export const PRODUCT_TAB_LABELS: Readonly<Record<ProductTab, MessageId>> = {
  overview: 'products.tab.overview',
  'service-plans': 'products.tab.servicePlans',
  'licensed-users': 'products.tab.licensedUsers',
  'licensed-groups': 'products.tab.licensedGroups',
};

/** An assignment path of Licensed users' filter: assigned directly, or through a group. */
export type LicensePath = 'direct' | GroupId;

/** `/licenses/products/$skuId?tab=&q=&path=`: the tab; on Licensed users, a name and a path. */
export interface ProductDetailSearch {
  tab?: ProductTab;
  q?: string;
  path?: LicensePath;
}
