/** The URL state of the product blades: the tabs of a product. */
export const PRODUCT_TABS = [
  'overview',
  'service-plans',
  'licensed-users',
  'licensed-groups',
] as const;
export type ProductTab = (typeof PRODUCT_TABS)[number];

export const PRODUCT_TAB_LABELS: Readonly<Record<ProductTab, string>> = {
  overview: 'Overview',
  'service-plans': 'Service plans',
  'licensed-users': 'Licensed users',
  'licensed-groups': 'Licensed groups',
};
