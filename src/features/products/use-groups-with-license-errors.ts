/** `GET /groups?$filter=hasMembersWithLicenseErrors eq true`: groups with members in licence error. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { Group } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';
import { collectAll } from '../../lib/graph/paging';

export function getGroupsWithLicenseErrors(signal?: AbortSignal): Promise<Group[]> {
  const path = withQuery('/groups', {
    filter: filter.eq('hasMembersWithLicenseErrors', true),
    select: ['id', 'displayName'],
  });
  return collectAll<Group>(graph, path, signal ? { signal } : {});
}

export function groupsWithLicenseErrorsQueryOptions() {
  return queryOptions({
    queryKey: ['graph', 'groups', 'hasMembersWithLicenseErrors'],
    queryFn: ({ signal }) => getGroupsWithLicenseErrors(signal),
  });
}

export function useGroupsWithLicenseErrors() {
  return useQuery(groupsWithLicenseErrorsQueryOptions());
}
