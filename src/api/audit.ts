/**
 * `GET /auditLogs/directoryAudits`: the filtered log (newest first, page by page), one entry, and
 * every record of one processing run (oldest first). The caller builds the OData `$filter`.
 */
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { DirectoryAudit } from '../lib/graph/graph-types';
import { filter as odata, withQuery } from '../lib/graph/odata';
import { collectAll, fetchPage, streamPages } from '../lib/graph/paging';
import { graphKeys } from './keys';
import type { AuditEntry, Page } from './types';

export function parseAuditEntry(audit: DirectoryAudit): AuditEntry | null {
  if (!audit.id) return null;
  const user = audit.initiatedBy?.user;
  return {
    id: audit.id,
    activityDateTime: audit.activityDateTime ?? '',
    activityDisplayName: audit.activityDisplayName ?? '',
    category: audit.category ?? null,
    correlationId: audit.correlationId ?? null,
    loggedByService: audit.loggedByService ?? null,
    operationType: audit.operationType ?? null,
    result: audit.result ?? null,
    resultReason: audit.resultReason ?? null,
    initiatedBy: user
      ? {
          kind: 'user',
          id: user.id ?? null,
          displayName: user.displayName ?? null,
          userPrincipalName: user.userPrincipalName ?? null,
          ipAddress: user.ipAddress ?? null,
        }
      : { kind: 'app', displayName: audit.initiatedBy?.app?.displayName ?? null },
    targets: (audit.targetResources ?? []).map((t) => ({
      id: t.id ?? '',
      displayName: t.displayName ?? t.userPrincipalName ?? t.id ?? '',
      type: t.type ?? null,
      userPrincipalName: t.userPrincipalName ?? null,
      modifiedProperties: (t.modifiedProperties ?? []).map((p) => ({
        name: p.displayName ?? '',
        oldValue: p.oldValue ?? null,
        newValue: p.newValue ?? null,
      })),
    })),
    additionalDetails: (audit.additionalDetails ?? []).map((d) => ({
      key: d.key ?? '',
      value: d.value ?? '',
    })),
    raw: audit,
  };
}

const parseAll = (audits: readonly DirectoryAudit[]) =>
  audits.flatMap((a) => parseAuditEntry(a) ?? []);

export const AUDIT_PAGE_SIZE = 100;
/** Page size of a download: Graph's largest `$top` for directoryAudits. */
const DOWNLOAD_PAGE_SIZE = 1000;

const auditPath = (filter: string, top: number) =>
  withQuery('/auditLogs/directoryAudits', {
    filter,
    orderby: [['activityDateTime', 'desc']],
    top,
  });

export const auditEntriesQueryOptions = (filter: string) =>
  infiniteQueryOptions({
    queryKey: graphKeys.audit.list(filter),
    queryFn: async ({ pageParam, signal }): Promise<Page<AuditEntry>> => {
      const page = await fetchPage<DirectoryAudit>(graph, pageParam, { signal });
      return {
        items: parseAll(page.value),
        count: page['@odata.count'] ?? null,
        nextLink: page['@odata.nextLink'] ?? null,
      };
    },
    initialPageParam: auditPath(filter, AUDIT_PAGE_SIZE),
    getNextPageParam: (page) => page.nextLink ?? undefined,
  });

export const useAuditEntries = (filter: string) =>
  useInfiniteQuery(auditEntriesQueryOptions(filter));

export interface AuditDownload {
  /** The newest entries of the filtered log, at most the limit. */
  readonly entries: AuditEntry[];
  /** More entries match the filters than the limit let through. */
  readonly capped: boolean;
}

/** Every entry of the filtered log (for downloads), newest first, up to `limit` entries. */
export async function getAllAuditEntries(filter: string, limit: number): Promise<AuditDownload> {
  const audits: DirectoryAudit[] = [];
  for await (const page of streamPages<DirectoryAudit>(
    graph,
    auditPath(filter, Math.min(DOWNLOAD_PAGE_SIZE, limit)),
  )) {
    audits.push(...page.value);
    if (audits.length >= limit) {
      return {
        entries: parseAll(audits.slice(0, limit)),
        capped: audits.length > limit || page['@odata.nextLink'] !== undefined,
      };
    }
  }
  return { entries: parseAll(audits), capped: false };
}

export const auditEntryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: graphKeys.audit.entry(id),
    queryFn: async ({ signal }) => {
      const entry = parseAuditEntry(
        await graph.get<DirectoryAudit>(`/auditLogs/directoryAudits/${encodeURIComponent(id)}`, {
          signal,
        }),
      );
      if (!entry) throw new Error(`Graph answered audit entry ${id} without an id.`);
      return entry;
    },
  });

export const useAuditEntry = (id: string) => useQuery(auditEntryQueryOptions(id));

/** A run of the large seed touches up to 60,000 users. */
const RUN_LIMIT = 100_000;

/** Every record of one processing run (shared correlation id), oldest first. */
export const processingRunQueryOptions = (correlationId: string) =>
  queryOptions({
    queryKey: graphKeys.audit.run(correlationId),
    queryFn: async ({ signal }) =>
      parseAll(
        await collectAll<DirectoryAudit>(
          graph,
          withQuery('/auditLogs/directoryAudits', {
            filter: odata.eq('correlationId', correlationId),
            orderby: [['activityDateTime', 'asc']],
            top: DOWNLOAD_PAGE_SIZE,
          }),
          { maxItems: RUN_LIMIT, signal },
        ),
      ),
  });

export const useProcessingRun = (correlationId: string) =>
  useQuery(processingRunQueryOptions(correlationId));
