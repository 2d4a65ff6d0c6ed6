/** The URL state of the product blades: the tabs of a product. */
export const PRODUCT_TABS = [
  'overview',
  'service-plans',
  'licensed-users',
  'licensed-groups',
] as const;
export type ProductTab = (typeof PRODUCT_TABS)[number];
