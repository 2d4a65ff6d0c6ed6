/** The URL state of the group blades: list filters and the tabs of a group. */
import type { GroupListFilter } from '../../api/keys';
import type { MessageId } from '../../lib/i18n/messages';

export const GROUP_FILTERS = [
  'security',
  'microsoft365',
  'dynamic',
  'licensed',
  'errors',
] as const satisfies readonly GroupListFilter[];
export type GroupFilter = (typeof GROUP_FILTERS)[number];

export const GROUP_FILTER_LABELS: Readonly<Record<GroupFilter | 'all', MessageId>> = {
  all: 'groups.filter.all',
  security: 'groups.filter.security',
  microsoft365: 'groups.filter.microsoft365',
  dynamic: 'groups.filter.dynamic',
  licensed: 'groups.filter.licensed',
  errors: 'groups.filter.errors',
};

/** `order=desc` lists groups by name from Z to A; A to Z is the default. */
export const GROUP_ORDERS = ['desc'] as const;
export type GroupOrder = (typeof GROUP_ORDERS)[number];

/** `/groups?q=&filter=&order=`: search text, a filter and the order by name. */
export interface GroupListSearch {
  q?: string;
  filter?: GroupFilter;
  order?: GroupOrder;
}

export const GROUP_TABS = ['overview', 'members', 'licenses', 'rule', 'audit'] as const;
export type GroupTab = (typeof GROUP_TABS)[number];

export const GROUP_TAB_LABELS: Readonly<Record<GroupTab, MessageId>> = {
  overview: 'groups.tab.overview',
  members: 'groups.tab.members',
  licenses: 'groups.tab.licenses',
  rule: 'groups.tab.rule',
  audit: 'groups.tab.audit',
};
