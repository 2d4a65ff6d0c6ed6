/** `GET /groups/{id}/members`: users and groups, every page. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { DirectoryMember } from '../../lib/graph/graph-types';
import { withQuery } from '../../lib/graph/odata';
import { collectAll } from '../../lib/graph/paging';

export const getGroupMembers = (id: string, signal?: AbortSignal) =>
  collectAll<DirectoryMember>(
    graph,
    withQuery(`/groups/${encodeURIComponent(id)}/members`, {
      select: ['id', 'displayName', 'userPrincipalName', 'mail', 'securityEnabled'],
      top: 999,
    }),
    signal ? { signal } : {},
  );

export const groupMembersQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['graph', 'groups', id, 'members'],
    queryFn: ({ signal }) => getGroupMembers(id, signal),
  });

export const useGroupMembers = (id: string) => useQuery(groupMembersQueryOptions(id));
