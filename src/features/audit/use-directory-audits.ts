/** `GET /auditLogs/directoryAudits`: the filtered log, newest first, page by page (nextLink). */
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { DirectoryAudit, GraphCollection } from '../../lib/graph/graph-types';
import { withQuery } from '../../lib/graph/odata';
import { collectAll, fetchPage } from '../../lib/graph/paging';
import { auditFilter } from './audit-filter';
import type { AuditFilters } from './audit-search';

export const AUDIT_PAGE_SIZE = 100;
/** The most entries a download collects. */
export const AUDIT_DOWNLOAD_LIMIT = 50_000;

export function directoryAuditsPath(filters: AuditFilters, top = AUDIT_PAGE_SIZE): string {
  return withQuery('/auditLogs/directoryAudits', { filter: auditFilter(filters), orderby: [['activityDateTime', 'desc']], top });
}

export function getDirectoryAuditsPage(pathOrNextLink: string, signal?: AbortSignal): Promise<GraphCollection<DirectoryAudit>> {
  return fetchPage<DirectoryAudit>(graph, pathOrNextLink, signal ? { signal } : {});
}

/** Every entry of the filtered log (for downloads), newest first. */
export function getAllDirectoryAudits(filters: AuditFilters): Promise<DirectoryAudit[]> {
  return collectAll<DirectoryAudit>(graph, directoryAuditsPath(filters, 1000), { maxItems: AUDIT_DOWNLOAD_LIMIT });
}

export function directoryAuditsQueryOptions(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ['graph', 'auditLogs', 'directoryAudits', 'list', auditFilter(filters)],
    queryFn: ({ pageParam, signal }) => getDirectoryAuditsPage(pageParam, signal),
    initialPageParam: directoryAuditsPath(filters),
    getNextPageParam: (page) => page['@odata.nextLink'],
  });
}

export function useDirectoryAudits(filters: AuditFilters) {
  return useInfiniteQuery(directoryAuditsQueryOptions(filters));
}
