/** The URL state of Audit logs: every filter, so a filtered log is a link an admin can share. */
export const AUDIT_RESULTS = ['success', 'failure'] as const;

export interface AuditSearch {
  q?: string;
  category?: string;
  activity?: string;
  initiatedBy?: string;
  result?: (typeof AUDIT_RESULTS)[number];
  /** ISO date-times. */
  from?: string;
  to?: string;
}
