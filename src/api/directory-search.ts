/**
 * Finding users or groups by name (`$search="displayName:…"`, eventual): one shape and one page
 * size for every picker (Assign, Add members, Validate rules), keyed by kind and trimmed term.
 * An empty term lists the first ones.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { GraphCollection } from '../lib/graph/graph-types';
import { searchTerm, withQuery } from '../lib/graph/odata';
import { graphKeys } from './keys';
import { parseDirectoryObject, type WireDirectoryObject } from './parse-group';
import { withPendingUsers } from './pending-users';
import type { DirectoryKind, DirectoryObject } from './types';

export type { DirectoryKind };

/** How many candidates a picker lists. */
export const SEARCH_RESULTS = 20;

const SELECT: Readonly<Record<DirectoryKind, readonly string[]>> = {
  user: ['id', 'displayName', 'userPrincipalName', 'usageLocation'],
  group: ['id', 'displayName', 'securityEnabled'],
};

export async function searchDirectory(
  kind: DirectoryKind,
  term: string,
  signal?: AbortSignal,
): Promise<DirectoryObject[]> {
  const trimmed = term.trim();
  const page = await graph.get<GraphCollection<WireDirectoryObject>>(
    withQuery(kind === 'user' ? '/users' : '/groups', {
      select: SELECT[kind],
      top: SEARCH_RESULTS,
      ...(trimmed ? { search: searchTerm('displayName', trimmed) } : {}),
    }),
    { eventual: true, signal },
  );
  return page.value.flatMap((o) => parseDirectoryObject(o, kind) ?? []);
}

export const directorySearchQueryOptions = (kind: DirectoryKind, term: string) =>
  queryOptions({
    queryKey: kind === 'user' ? graphKeys.users.search(term) : graphKeys.groups.search(term),
    queryFn: async ({ signal, client }) => {
      const found = await searchDirectory(kind, term, signal);
      // A user's usage location the admin just set shows, though Graph's search lags it.
      return kind === 'user' ? withPendingUsers(client, found) : found;
    },
    placeholderData: keepPreviousData,
  });

export const useDirectorySearch = (kind: DirectoryKind, term: string) =>
  useQuery(directorySearchQueryOptions(kind, term));
