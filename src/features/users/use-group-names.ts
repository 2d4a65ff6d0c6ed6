/**
 * Group display names by id (`GET /groups?$filter=id in (…)`, 15 ids per request as Graph allows),
 * to name inherited assignment paths.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { GraphCollection, Group } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';

/** Graph takes at most 15 values in one `in` clause (standard queries). */
const IN_LIMIT = 15;

export async function getGroupNames(
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<Record<string, string>> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += IN_LIMIT) chunks.push(ids.slice(i, i + IN_LIMIT));
  const pages = await Promise.all(
    chunks.map((chunk) =>
      graph.get<GraphCollection<Group>>(
        withQuery('/groups', {
          select: ['id', 'displayName'],
          filter: filter.in('id', chunk),
          top: 999,
        }),
        signal ? { signal } : {},
      ),
    ),
  );
  return Object.fromEntries(
    pages.flatMap((page) => page.value.map((g) => [g.id ?? '', g.displayName ?? g.id ?? ''])),
  );
}

export const groupNamesQueryOptions = (ids: readonly string[]) => {
  const sorted = [...new Set(ids)].sort();
  return queryOptions({
    queryKey: ['graph', 'groups', 'names', sorted],
    queryFn: ({ signal }) => getGroupNames(sorted, signal),
  });
};

export const useGroupNames = (ids: readonly string[]) => useQuery(groupNamesQueryOptions(ids));
