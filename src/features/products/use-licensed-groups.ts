/** `GET /groups?$filter=assignedLicenses/any(x:x/skuId eq …)`: the groups that assign a product. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { Group } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';
import { collectAll } from '../../lib/graph/paging';

const SELECT = [
  'id',
  'displayName',
  'assignedLicenses',
  'licenseProcessingState',
  'securityEnabled',
];

export function getLicensedGroups(skuId: string, signal?: AbortSignal): Promise<Group[]> {
  const path = withQuery('/groups', {
    filter: filter.anyGuid('assignedLicenses', 'skuId', skuId),
    select: SELECT,
  });
  return collectAll<Group>(graph, path, signal ? { signal } : {});
}

export function licensedGroupsQueryOptions(skuId: string) {
  return queryOptions({
    queryKey: ['graph', 'groups', 'licensed', skuId],
    queryFn: ({ signal }) => getLicensedGroups(skuId, signal),
  });
}

export function useLicensedGroups(skuId: string) {
  return useQuery(licensedGroupsQueryOptions(skuId));
}
