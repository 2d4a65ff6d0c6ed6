/** The URL state of the user blades: list filters and the tabs of a user. */
export const USER_FILTERS = ['licensed', 'errors', 'unlicensed'] as const;
export const USER_TABS = ['overview', 'licenses', 'groups'] as const;
export type UserTab = (typeof USER_TABS)[number];
