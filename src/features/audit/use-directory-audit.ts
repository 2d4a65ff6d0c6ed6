/** `GET /auditLogs/directoryAudits/{id}`: one entry, for its details. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { DirectoryAudit } from '../../lib/graph/graph-types';

export const getDirectoryAudit = (id: string, signal?: AbortSignal) =>
  graph.get<DirectoryAudit>(
    `/auditLogs/directoryAudits/${encodeURIComponent(id)}`,
    signal ? { signal } : {},
  );

export const directoryAuditQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['graph', 'auditLogs', 'directoryAudits', 'entry', id],
    queryFn: ({ signal }) => getDirectoryAudit(id, signal),
  });

export const useDirectoryAudit = (id: string | undefined) =>
  useQuery({ ...directoryAuditQueryOptions(id ?? ''), enabled: id !== undefined });
