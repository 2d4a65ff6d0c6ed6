/** The URL state of the product blades: the tabs of a product. */
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
