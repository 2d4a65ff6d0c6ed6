/**
 * Audit logs (`/audit?activity=&target=&initiatedBy=&category=&result=&from=&to=&entry=&run=`):
 * every filter lives in the URL. The blade's component loads on demand from `./audit.lazy`.
 */
import { withWords } from '../../lib/i18n/catalog';
import { createRoute } from '@tanstack/react-router';
import { auditEntriesQueryOptions } from '../../api/audit';
import { auditFilter } from '../../features/audit/audit-filter';
import { filtersOf, parseAuditSearch, type AuditSearch } from '../../features/audit/audit-search';
import { preload } from './loaders';
import { rootRoute } from './root';
import { ROUTE_WORDS } from './words';

export const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'audit',
  validateSearch: (search: Record<string, unknown>): AuditSearch => parseAuditSearch(search),
  loaderDeps: ({ search }) => ({ filter: auditFilter(filtersOf(search)) }),
  loader: ({ context, deps }) => {
    preload(() =>
      context.queryClient.infiniteQuery({
        ...auditEntriesQueryOptions(deps.filter),
        staleTime: 'static',
      }),
    );
  },
  staticData: { breadcrumb: 'shell.crumb.audit' },
}).lazy(() => withWords(ROUTE_WORDS.audit, import('./audit.lazy')).then((m) => m.auditLazyRoute));
