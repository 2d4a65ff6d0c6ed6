/**
 * `GET /users?$filter=assignedLicenses/any(x:x/skuId eq …)`: the users holding a product, page by
 * page (`useInfiniteQuery`, the nextLink is the page param), with their assignment states.
 */
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { GraphCollection, User } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';
import { collectAll, fetchPage } from '../../lib/graph/paging';

const SELECT = ['id', 'displayName', 'userPrincipalName', 'licenseAssignmentStates'];
const PAGE_SIZE = 100;

export const licensedUsersPath = (skuId: string): string =>
  withQuery('/users', {
    filter: filter.anyGuid('assignedLicenses', 'skuId', skuId),
    select: SELECT,
    top: PAGE_SIZE,
  });

export function licensedUsersQueryOptions(skuId: string) {
  return infiniteQueryOptions({
    queryKey: ['graph', 'users', 'licensed', skuId],
    queryFn: ({ pageParam, signal }) => fetchPage<User>(graph, pageParam, { signal }),
    initialPageParam: licensedUsersPath(skuId),
    getNextPageParam: (page: GraphCollection<User>) => page['@odata.nextLink'],
  });
}

export function useLicensedUsers(skuId: string) {
  return useInfiniteQuery(licensedUsersQueryOptions(skuId));
}

/** Every licensed user of a product (all pages), for the CSV download. */
export function getAllLicensedUsers(skuId: string): Promise<User[]> {
  return collectAll<User>(graph, licensedUsersPath(skuId));
}
