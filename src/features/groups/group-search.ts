/** The URL state of the group blades: list filters and the tabs of a group. */
import type { GroupListFilter } from '../../api/keys';

export const GROUP_FILTERS = [
  'security',
  'microsoft365',
  'dynamic',
  'licensed',
  'errors',
] as const satisfies readonly GroupListFilter[];
export type GroupFilter = (typeof GROUP_FILTERS)[number];

export const GROUP_FILTER_LABELS: Readonly<Record<GroupFilter | 'all', string>> = {
  all: 'All groups',
  security: 'Security',
  microsoft365: 'Microsoft 365',
  dynamic: 'Dynamic',
  licensed: 'Licensed',
  errors: 'Has license errors',
};

export const GROUP_TABS = ['overview', 'members', 'licenses', 'rule', 'audit'] as const;
export type GroupTab = (typeof GROUP_TABS)[number];

export const GROUP_TAB_LABELS: Readonly<Record<GroupTab, string>> = {
  overview: 'Overview',
  members: 'Members',
  licenses: 'Licenses',
  rule: 'Dynamic membership rules',
  audit: 'Audit logs',
};
