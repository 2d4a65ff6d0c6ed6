/** The URL state of Audit logs: every filter, so a filtered log is a link an admin can share. */
import { optionalOneOf, optionalString } from '../../lib/url/search-params';

export const AUDIT_RESULTS = ['success', 'failure'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

export const AUDIT_CATEGORIES = [
  'GroupManagement',
  'UserManagement',
  'DirectoryManagement',
] as const;

/** The service that applies group licences; audit records name it as the app that initiated them. */
export const LICENSING_APP_NAME = 'Microsoft Azure AD Group-Based Licensing';

/** The activities of group-based licensing, verbatim as Graph writes them. */
export const AUDIT_ACTIVITIES = [
  'Set group license',
  'Start applying group based license to users',
  'Finish applying group based license to users',
  'Change user license',
  'Trigger group license recalculation',
  'Update user',
  'Add member to group',
  'Remove member from group',
  'Add group',
  'Update group',
  'Delete group',
  'Add user',
  'Delete user',
] as const;

/** The activities that belong to one processing run (they share a correlation id). */
export const RUN_ACTIVITIES: readonly string[] = [
  'Set group license',
  'Start applying group based license to users',
  'Change user license',
  'Finish applying group based license to users',
  'Trigger group license recalculation',
];

export interface AuditSearch {
  activity?: string;
  /** Target name starts with. */
  target?: string;
  /** A target's object id: set by the Audit logs tab of a group or user (exact match). */
  targetId?: string;
  /** An admin's UPN, or the licensing service's name. */
  initiatedBy?: string;
  category?: string;
  result?: AuditResult;
  /** Dates, `YYYY-MM-DD` (UTC days, inclusive). */
  from?: string;
  to?: string;
  /** The entry whose details are open. */
  entry?: string;
  /** The correlation id of the processing run that is open. */
  run?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const optionalDate = (value: unknown) => {
  const text = optionalString(value);
  return text !== undefined && DATE.test(text) ? text : undefined;
};

/** `validateSearch` of the Audit logs route: keeps what is valid, drops the rest. */
export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  return {
    activity: optionalString(search.activity),
    target: optionalString(search.target),
    targetId: optionalString(search.targetId),
    initiatedBy: optionalString(search.initiatedBy),
    category: optionalString(search.category),
    result: optionalOneOf(AUDIT_RESULTS, search.result),
    from: optionalDate(search.from),
    to: optionalDate(search.to),
    entry: optionalString(search.entry),
    run: optionalString(search.run),
  };
}

/** The filter fields only (what the list and the download depend on). */
export type AuditFilters = Omit<AuditSearch, 'entry' | 'run'>;

export function filtersOf(search: AuditSearch): AuditFilters {
  const { activity, target, targetId, initiatedBy, category, result, from, to } = search;
  return { activity, target, targetId, initiatedBy, category, result, from, to };
}
