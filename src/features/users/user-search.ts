/** The URL state of the user blades: list search and filters, and the tabs of a user. */
export const USER_FILTERS = ['licensed', 'unlicensed', 'errors'] as const;
export type UserFilter = (typeof USER_FILTERS)[number];
export const USER_TABS = ['profile', 'licenses', 'audit'] as const;
export type UserTab = (typeof USER_TABS)[number];

/** `/users?q=&filter=&sku=`: search text, a filter and a product (skuId). */
export interface UserListSearch {
  q?: string;
  filter?: UserFilter;
  sku?: string;
}

/** `/users/$userId?tab=&product=`: the tab and the product opened on the Licenses tab. */
export interface UserDetailSearch {
  tab?: UserTab;
  product?: string;
}
