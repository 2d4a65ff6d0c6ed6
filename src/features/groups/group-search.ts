/** The URL state of the group blades: list filters and the tabs of a group. */
export const GROUP_FILTERS = ['security', 'microsoft365', 'dynamic', 'licensed', 'errors'] as const;
export type GroupFilter = (typeof GROUP_FILTERS)[number];
export const GROUP_TABS = ['overview', 'members', 'licenses', 'rule', 'audit'] as const;
export type GroupTab = (typeof GROUP_TABS)[number];
