/** Audit logs (`/audit?q=&category=&activity=&result=&from=&to=`): every filter lives in the URL. */
import { createRoute } from '@tanstack/react-router';
import { AuditPage } from '../../features/audit/audit-page';
import { AUDIT_RESULTS, type AuditSearch } from '../../features/audit/audit-search';
import { optionalOneOf, optionalString } from '../../lib/url/search-params';
import { rootRoute } from './root';

export const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'audit',
  validateSearch: (search: Record<string, unknown>): AuditSearch => ({
    q: optionalString(search.q),
    category: optionalString(search.category),
    activity: optionalString(search.activity),
    initiatedBy: optionalString(search.initiatedBy),
    result: optionalOneOf(AUDIT_RESULTS, search.result),
    from: optionalString(search.from),
    to: optionalString(search.to),
  }),
  component: AuditPage,
  staticData: { breadcrumb: 'Audit logs' },
});
