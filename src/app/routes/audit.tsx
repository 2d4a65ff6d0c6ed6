/** Audit logs (`/audit?activity=&target=&initiatedBy=&category=&result=&from=&to=&entry=&run=`): every filter lives in the URL. */
import { createRoute } from '@tanstack/react-router';
import { AuditPage } from '../../features/audit/audit-page';
import { parseAuditSearch, type AuditSearch } from '../../features/audit/audit-search';
import { rootRoute } from './root';

export const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'audit',
  validateSearch: (search: Record<string, unknown>): AuditSearch => parseAuditSearch(search),
  component: AuditPage,
  staticData: { breadcrumb: 'Audit logs' },
});
