/** `GET /users?$search="displayName:…"` (eventual): candidates for Add members. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { GraphCollection, User } from '../../lib/graph/graph-types';
import { searchTerm, withQuery } from '../../lib/graph/odata';

export const searchUsers = async (term: string, signal?: AbortSignal) =>
  (
    await graph.get<GraphCollection<User>>(
      withQuery('/users', {
        select: ['id', 'displayName', 'userPrincipalName'],
        search: searchTerm('displayName', term),
        top: 20,
      }),
      { eventual: true, ...(signal ? { signal } : {}) },
    )
  ).value;

export const userSearchQueryOptions = (term: string) =>
  queryOptions({
    queryKey: ['graph', 'users', 'search', term],
    queryFn: ({ signal }) => searchUsers(term, signal),
  });

export const useUserSearch = (term: string) =>
  useQuery({
    ...userSearchQueryOptions(term.trim()),
    enabled: term.trim().length > 0,
    placeholderData: keepPreviousData,
  });
