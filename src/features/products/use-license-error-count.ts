/** `GET /groups/{id}/membersWithLicenseErrors?$count=true`: how many members of a group are in licence error. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { DirectoryMember, GraphCollection } from '../../lib/graph/graph-types';
import { withQuery } from '../../lib/graph/odata';

export async function getLicenseErrorCount(groupId: string, signal?: AbortSignal): Promise<number> {
  const path = withQuery(`/groups/${encodeURIComponent(groupId)}/membersWithLicenseErrors`, {
    select: ['id'],
    top: 1,
    count: true,
  });
  const page = await graph.get<GraphCollection<DirectoryMember>>(path, {
    eventual: true,
    ...(signal ? { signal } : {}),
  });
  return page['@odata.count'] ?? page.value.length;
}

export function licenseErrorCountQueryOptions(groupId: string) {
  return queryOptions({
    queryKey: ['graph', 'groups', groupId, 'membersWithLicenseErrors', 'count'],
    queryFn: ({ signal }) => getLicenseErrorCount(groupId, signal),
  });
}

export function useLicenseErrorCount(groupId: string) {
  return useQuery(licenseErrorCountQueryOptions(groupId));
}
