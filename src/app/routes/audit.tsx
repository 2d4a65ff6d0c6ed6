/**
 * Audit logs (`/audit?activity=&target=&initiatedBy=&category=&result=&from=&to=&entry=&run=`):
 * every filter lives in the URL. The blade's component loads on demand from `./audit.lazy`.
 */
import { createRoute } from '@tanstack/react-router';
import { parseAuditSearch, type AuditSearch } from '../../features/audit/audit-search';
import { rootRoute } from './root';

export const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'audit',
  validateSearch: (search: Record<string, unknown>): AuditSearch => parseAuditSearch(search),
  staticData: { breadcrumb: 'Audit logs' },
}).lazy(() => import('./audit.lazy').then((m) => m.auditLazyRoute));
