/** `GET /users?$search="displayName:…"`: users to validate a rule against. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { GraphCollection } from '../../lib/graph/graph-types';
import { searchTerm, withQuery } from '../../lib/graph/odata';

export interface UserChoice {
  readonly id: string;
  readonly displayName: string | null;
  readonly userPrincipalName: string;
}

export const searchUsers = async (text: string, signal?: AbortSignal) => {
  const path = withQuery('/users', {
    search: searchTerm('displayName', text),
    select: ['id', 'displayName', 'userPrincipalName'],
    top: 10,
  });
  const page = await graph.get<GraphCollection<UserChoice>>(path, {
    eventual: true,
    ...(signal ? { signal } : {}),
  });
  return page.value;
};

export const userSearchQueryOptions = (text: string) =>
  queryOptions({
    queryKey: ['graph', 'users', 'search', text],
    queryFn: ({ signal }) => searchUsers(text, signal),
    enabled: text.trim().length > 0,
  });

export const useUserSearch = (text: string) =>
  useQuery({ ...userSearchQueryOptions(text), placeholderData: keepPreviousData });
