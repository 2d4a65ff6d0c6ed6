/**
 * `GET /users` as an infinite list: `$search="displayName:…"` for the search text, `$filter` for the
 * list filter, `$top` pages followed through `@odata.nextLink`. Search, `$count` and advanced
 * filters need `ConsistencyLevel: eventual`, so every list request sends it.
 */
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { GraphCollection, User } from '../../lib/graph/graph-types';
import { filter, searchTerm, withQuery } from '../../lib/graph/odata';
import { fetchPage } from '../../lib/graph/paging';
import type { UserFilter } from './user-search';

export const USER_LIST_SELECT = [
  'id',
  'displayName',
  'userPrincipalName',
  'usageLocation',
  'assignedLicenses',
  'licenseAssignmentStates',
];
export const USER_PAGE_SIZE = 100;

export interface UserListParams {
  readonly search: string;
  readonly filter?: Exclude<UserFilter, 'errors'> | undefined;
  readonly sku?: string | undefined;
}

/** The `$filter` of a list: licensed / unlicensed (`assignedLicenses/$count`) and a product. */
export function userListFilter(params: UserListParams): string {
  const byFilter =
    params.filter === 'licensed'
      ? 'assignedLicenses/$count ne 0'
      : params.filter === 'unlicensed'
        ? 'assignedLicenses/$count eq 0'
        : undefined;
  return filter.and(
    byFilter,
    params.sku ? filter.anyGuid('assignedLicenses', 'skuId', params.sku) : undefined,
  );
}

/** The first page's path for these parameters. */
export function userListPath(params: UserListParams): string {
  const term = params.search.trim();
  return withQuery('/users', {
    select: USER_LIST_SELECT,
    filter: userListFilter(params),
    search: term === '' ? undefined : searchTerm('displayName', term),
    top: USER_PAGE_SIZE,
    count: true,
  });
}

export const getUsersPage = (pathOrNextLink: string, signal?: AbortSignal) =>
  fetchPage<User>(graph, pathOrNextLink, { eventual: true, ...(signal ? { signal } : {}) });

export const usersQueryOptions = (params: UserListParams) =>
  infiniteQueryOptions({
    queryKey: [
      'graph',
      'users',
      'list',
      params.search.trim(),
      params.filter ?? null,
      params.sku ?? null,
    ],
    queryFn: ({ pageParam, signal }) => getUsersPage(pageParam, signal),
    initialPageParam: userListPath(params),
    getNextPageParam: (page: GraphCollection<User>) => page['@odata.nextLink'],
    placeholderData: keepPreviousData,
  });

export const useUsers = (params: UserListParams, enabled = true) =>
  useInfiniteQuery({ ...usersQueryOptions(params), enabled });
