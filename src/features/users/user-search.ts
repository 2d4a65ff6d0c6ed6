/** The URL state of the user blades: list search and filters, and the tabs of a user. */
import type { UserOrder } from '../../api/keys';
import type { MessageId } from '../../lib/i18n/messages';
import type { SkuId } from '../../api/types';
import type { InactiveDays } from '../../api/inactive-days';

export const USER_FILTERS = ['licensed', 'unlicensed', 'noLocation', 'errors', 'inactive'] as const;
export type UserFilter = (typeof USER_FILTERS)[number];

export const USER_TABS = ['profile', 'licenses', 'audit'] as const;
export type UserTab = (typeof USER_TABS)[number];

export const USER_TAB_LABELS: Readonly<Record<UserTab, MessageId>> = {
  profile: 'users.tab.profile',
  licenses: 'users.tab.licenses',
  audit: 'users.tab.audit',
};

/** The columns Graph sorts users by (`$orderby`: displayName and userPrincipalName only). */
export const USER_SORTS = ['name', 'upn'] as const;
export type UserSort = (typeof USER_SORTS)[number];

/** `order=desc` turns a sort round; ascending is the default. */
export const SORT_ORDERS = ['desc'] as const;

/** `/users?q=&filter=&sku=&sort=&order=`: search text, a filter, a product and the order. */
export interface UserListSearch {
  q?: string;
  filter?: UserFilter;
  sku?: SkuId;
  sort?: UserSort;
  order?: (typeof SORT_ORDERS)[number];
  /** With `filter=inactive`: inactive for more than this many days (14, 30, 60 or 90; 30 when absent). */
  days?: InactiveDays;
}

/** `/users/$userId?tab=&product=`: the tab and the product opened on the Licenses tab. */
export interface UserDetailSearch {
  tab?: UserTab;
  product?: SkuId;
}

const ORDER_BY: Readonly<Record<UserSort, 'displayName' | 'userPrincipalName'>> = {
  name: 'displayName',
  upn: 'userPrincipalName',
};

/** The `$orderby` of the list's URL state, if it asks for an order. */
export function userOrder(search: Pick<UserListSearch, 'sort' | 'order'>): UserOrder | undefined {
  if (!search.sort) return undefined;
  const property = ORDER_BY[search.sort];
  return search.order === 'desc' ? `${property} desc` : property;
}
