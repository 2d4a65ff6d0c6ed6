/** The URL state of the group blades: list filters and the tabs of a group. */
export const GROUP_FILTERS = ['licensed', 'errors', 'dynamic'] as const;
export const GROUP_TABS = ['overview', 'members', 'licenses', 'rule'] as const;
export type GroupTab = (typeof GROUP_TABS)[number];
