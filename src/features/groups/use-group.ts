/** `GET /groups/{id}` with the licensing properties; polls while licence processing runs. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { Group } from '../../lib/graph/graph-types';
import { withQuery } from '../../lib/graph/odata';
import { isProcessing } from './group-names';

const SELECT = [
  'id',
  'displayName',
  'description',
  'groupTypes',
  'securityEnabled',
  'mailEnabled',
  'mail',
  'assignedLicenses',
  'licenseProcessingState',
  'membershipRule',
  'membershipRuleProcessingState',
  'createdDateTime',
];

export const getGroup = (id: string, signal?: AbortSignal) =>
  graph.get<Group>(
    withQuery(`/groups/${encodeURIComponent(id)}`, { select: SELECT }),
    signal ? { signal } : {},
  );

export const groupQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['graph', 'groups', id],
    queryFn: ({ signal }) => getGroup(id, signal),
    refetchInterval: (query) =>
      isProcessing(query.state.data?.licenseProcessingState?.state) ? 1000 : false,
  });

export const useGroup = (id: string) => useQuery(groupQueryOptions(id));
