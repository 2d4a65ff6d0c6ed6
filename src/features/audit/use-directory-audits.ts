/** `GET /auditLogs/directoryAudits`: the filtered log, newest first, page by page (nextLink). */
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { DirectoryAudit, GraphCollection } from '../../lib/graph/graph-types';
import { withQuery } from '../../lib/graph/odata';
import { fetchPage, streamPages } from '../../lib/graph/paging';
import { auditFilter } from './audit-filter';
import type { AuditFilters } from './audit-search';

export const AUDIT_PAGE_SIZE = 100;
/** The most entries a download collects; past it the download says it was capped. */
export const AUDIT_DOWNLOAD_LIMIT = 50_000;
/** Page size of a download: Graph's largest `$top` for directoryAudits. */
const DOWNLOAD_PAGE_SIZE = 1000;

export function directoryAuditsPath(filters: AuditFilters, top = AUDIT_PAGE_SIZE): string {
  return withQuery('/auditLogs/directoryAudits', {
    filter: auditFilter(filters),
    orderby: [['activityDateTime', 'desc']],
    top,
  });
}

export function getDirectoryAuditsPage(
  pathOrNextLink: string,
  signal?: AbortSignal,
): Promise<GraphCollection<DirectoryAudit>> {
  return fetchPage<DirectoryAudit>(graph, pathOrNextLink, signal ? { signal } : {});
}

export interface AuditDownload {
  /** The newest entries of the filtered log, at most the limit. */
  readonly audits: DirectoryAudit[];
  /** More entries match the filters than the limit let through. */
  readonly capped: boolean;
}

/** Every entry of the filtered log (for downloads), newest first, following nextLink up to `limit` entries. */
export async function getAllDirectoryAudits(
  filters: AuditFilters,
  limit: number,
): Promise<AuditDownload> {
  const audits: DirectoryAudit[] = [];
  const path = directoryAuditsPath(filters, Math.min(DOWNLOAD_PAGE_SIZE, limit));
  for await (const page of streamPages<DirectoryAudit>(graph, path)) {
    audits.push(...page.value);
    if (audits.length >= limit) {
      return {
        audits: audits.slice(0, limit),
        capped: audits.length > limit || page['@odata.nextLink'] !== undefined,
      };
    }
  }
  return { audits, capped: false };
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
