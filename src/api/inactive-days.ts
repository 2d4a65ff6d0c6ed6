/**
 * The periods the inactive users' report offers (`inactive-users.ts` reads it), in a module of
 * their own: the Users route reads them from the URL on the first load, which does not carry the
 * report's reads.
 */

/** The choices of the report, in days. */
export const INACTIVE_DAYS = [14, 30, 60, 90] as const;
export type InactiveDays = (typeof INACTIVE_DAYS)[number];
/** The period when the link names none. */
export const DEFAULT_INACTIVE_DAYS: InactiveDays = 30;
