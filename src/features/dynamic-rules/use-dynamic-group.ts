/** `GET /groups/{id}` with the fields of the dynamic membership blade. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import { withQuery } from '../../lib/graph/odata';

export interface DynamicGroup {
  readonly id: string;
  readonly displayName: string | null;
  readonly groupTypes: readonly string[];
  readonly membershipRule: string | null;
  readonly membershipRuleProcessingState: 'On' | 'Paused' | null;
}

const SELECT = [
  'id',
  'displayName',
  'groupTypes',
  'membershipRule',
  'membershipRuleProcessingState',
];

export const getDynamicGroup = (id: string, signal?: AbortSignal) =>
  graph.get<DynamicGroup>(
    withQuery(`/groups/${encodeURIComponent(id)}`, { select: SELECT }),
    signal ? { signal } : {},
  );

export const dynamicGroupQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['graph', 'groups', id, 'membershipRule'],
    queryFn: ({ signal }) => getDynamicGroup(id, signal),
  });

export const useDynamicGroup = (id: string) => useQuery(dynamicGroupQueryOptions(id));
