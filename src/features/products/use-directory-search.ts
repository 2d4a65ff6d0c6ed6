/** `GET /users` or `GET /groups` with `$search="displayName:…"`: candidates for the Assign dialog. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { GraphCollection, Group, User } from '../../lib/graph/graph-types';
import { searchTerm, withQuery } from '../../lib/graph/odata';
import type { AssignTarget, AssignTargetKind } from './assign-draft-store';

export async function searchDirectory(
  kind: AssignTargetKind,
  term: string,
  signal?: AbortSignal,
): Promise<AssignTarget[]> {
  const options = { eventual: true, ...(signal ? { signal } : {}) };
  const search = term.trim() === '' ? undefined : searchTerm('displayName', term.trim());
  if (kind === 'user') {
    const page = await graph.get<GraphCollection<User>>(
      withQuery('/users', {
        select: ['id', 'displayName', 'userPrincipalName', 'usageLocation'],
        top: 10,
        ...(search ? { search } : {}),
      }),
      options,
    );
    return page.value.map((u) => ({
      id: u.id ?? '',
      displayName: u.displayName ?? u.userPrincipalName ?? '',
      detail: `${u.userPrincipalName ?? ''} · ${u.usageLocation ? `usage location ${u.usageLocation}` : 'no usage location'}`,
    }));
  }
  const page = await graph.get<GraphCollection<Group>>(
    withQuery('/groups', {
      select: ['id', 'displayName', 'securityEnabled', 'description'],
      top: 10,
      ...(search ? { search } : {}),
    }),
    options,
  );
  return page.value.map((g) => ({
    id: g.id ?? '',
    displayName: g.displayName ?? '',
    detail: g.securityEnabled ? 'Security group' : 'Not a security group: cannot hold licenses',
  }));
}

export function directorySearchQueryOptions(kind: AssignTargetKind, term: string) {
  return queryOptions({
    queryKey: ['graph', kind === 'user' ? 'users' : 'groups', 'search', term.trim()],
    queryFn: ({ signal }) => searchDirectory(kind, term, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDirectorySearch(kind: AssignTargetKind, term: string) {
  return useQuery(directorySearchQueryOptions(kind, term));
}
