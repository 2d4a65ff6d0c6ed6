/**
 * `GET /auditLogs/directoryAudits?$filter=correlationId eq '…'&$orderby=activityDateTime asc`: every
 * record of one processing run (the admin's change, Start, each user's change, Finish), in time order.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { DirectoryAudit } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';
import { collectAll } from '../../lib/graph/paging';

/** A run of the large seed touches up to 60,000 users. */
const RUN_LIMIT = 100_000;

export const getProcessingRun = (correlationId: string, signal?: AbortSignal) =>
  collectAll<DirectoryAudit>(
    graph,
    withQuery('/auditLogs/directoryAudits', {
      filter: filter.eq('correlationId', correlationId),
      orderby: [['activityDateTime', 'asc']],
      top: 1000,
    }),
    { maxItems: RUN_LIMIT, ...(signal ? { signal } : {}) },
  );

export const processingRunQueryOptions = (correlationId: string) =>
  queryOptions({
    queryKey: ['graph', 'auditLogs', 'directoryAudits', 'run', correlationId],
    queryFn: ({ signal }) => getProcessingRun(correlationId, signal),
  });

export const useProcessingRun = (correlationId: string | undefined) =>
  useQuery({
    ...processingRunQueryOptions(correlationId ?? ''),
    enabled: correlationId !== undefined,
  });
