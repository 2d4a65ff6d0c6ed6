/** The URL state of the user blades: list search and filters, and the tabs of a user. */
import type { MessageId } from '../../lib/i18n/messages';
import type { SkuId } from '../../api/types';

export const USER_FILTERS = ['licensed', 'unlicensed', 'errors'] as const;
export type UserFilter = (typeof USER_FILTERS)[number];

export const USER_TABS = ['profile', 'licenses', 'audit'] as const;
export type UserTab = (typeof USER_TABS)[number];

export const USER_TAB_LABELS: Readonly<Record<UserTab, MessageId>> = {
  profile: 'users.tab.profile',
  licenses: 'users.tab.licenses',
  audit: 'users.tab.audit',
};

/** `/users?q=&filter=&sku=`: search text, a filter and a product. */
export interface UserListSearch {
  q?: string;
  filter?: UserFilter;
  sku?: SkuId;
}

/** `/users/$userId?tab=&product=`: the tab and the product opened on the Licenses tab. */
export interface UserDetailSearch {
  tab?: UserTab;
  product?: SkuId;
}
