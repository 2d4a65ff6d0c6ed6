/** Group display names by id (`GET /groups?$filter=id in (…)`), to name inherited assignment paths. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { GraphCollection, Group } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';

export async function getGroupNames(
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const page = await graph.get<GraphCollection<Group>>(
    withQuery('/groups', { select: ['id', 'displayName'], filter: filter.in('id', ids), top: 999 }),
    signal ? { signal } : {},
  );
  return Object.fromEntries(page.value.map((g) => [g.id ?? '', g.displayName ?? g.id ?? '']));
}

export const groupNamesQueryOptions = (ids: readonly string[]) => {
  const sorted = [...new Set(ids)].sort();
  return queryOptions({
    queryKey: ['graph', 'groups', 'names', sorted],
    queryFn: ({ signal }) => getGroupNames(sorted, signal),
  });
};

export const useGroupNames = (ids: readonly string[]) => useQuery(groupNamesQueryOptions(ids));
