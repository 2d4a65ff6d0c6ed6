/**
 * The users holding a product (`assignedLicenses/any(x:x/skuId eq …)`), page by page with Graph's
 * total, searched by name on the server (`$search`), each assignment path named from the groups
 * that assign the product; and all of them at once, for the paths and their counts (Graph cannot
 * filter users by `licenseAssignmentStates`, so a path is found in the users' states).
 */
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { User as WireUser } from '../lib/graph/graph-types';
import { filter, searchTerm, withQuery } from '../lib/graph/odata';
import { fetchPage, streamPages } from '../lib/graph/paging';
import type { GroupId, SkuId } from '../lib/ids';
import { licensedGroupsQueryOptions } from './groups';
import { useNoReadUnder } from './idle';
import { graphKeys } from './keys';
import { nameAssignment, parseUserSummary, USER_SUMMARY_SELECT } from './parse-user';
import type { NamedAssignment, Page, UserSummary } from './types';

export type LicensedUser = UserSummary<NamedAssignment>;

const PAGE_SIZE = 100;

const licensedUsersPath = (skuId: SkuId, top: number, search = ''): string =>
  withQuery('/users', {
    filter: filter.anyGuid('assignedLicenses', 'skuId', skuId),
    search: search.trim() === '' ? undefined : searchTerm('displayName', search.trim()),
    select: USER_SUMMARY_SELECT,
    top,
    count: true,
  });

async function groupNames(skuId: SkuId, client: QueryClient): Promise<Map<GroupId, string>> {
  const groups = await client.query({ ...licensedGroupsQueryOptions(skuId), staleTime: 'static' });
  return new Map(groups.map((g) => [g.id, g.displayName]));
}

function parseLicensedUsers(users: readonly WireUser[], names: ReadonlyMap<GroupId, string>) {
  return users.flatMap((wire) => {
    const user = parseUserSummary(wire);
    return user
      ? [{ ...user, assignments: user.assignments.map((a) => nameAssignment(a, names)) }]
      : [];
  });
}

async function getLicensedUsersPage(
  skuId: SkuId,
  pathOrNextLink: string,
  client: QueryClient,
  signal?: AbortSignal,
): Promise<Page<LicensedUser>> {
  const [page, names] = await Promise.all([
    fetchPage<WireUser>(graph, pathOrNextLink, { eventual: true, signal }),
    groupNames(skuId, client),
  ]);
  return {
    items: parseLicensedUsers(page.value, names),
    count: page['@odata.count'] ?? null,
    nextLink: page['@odata.nextLink'] ?? null,
  };
}

export const licensedUsersQueryOptions = (skuId: SkuId, search = '') =>
  infiniteQueryOptions({
    queryKey: graphKeys.users.licensed(skuId, search),
    queryFn: ({ pageParam, signal, client }) =>
      getLicensedUsersPage(skuId, pageParam, client, signal),
    initialPageParam: licensedUsersPath(skuId, PAGE_SIZE, search),
    getNextPageParam: (page) => page.nextLink ?? undefined,
    placeholderData: keepPreviousData,
  });

/** Whether none of the product's licensed-user lists is being read now (`./idle.ts`). */
export const useLicensedUsersIdle = (skuId: SkuId) =>
  useNoReadUnder(graphKeys.users.licensedOf(skuId));

/** The product's users, a page at a time; `search` matches names as Graph's `$search` does. */
export const useLicensedUsers = (skuId: SkuId, search = '', enabled = true) =>
  useInfiniteQuery({ ...licensedUsersQueryOptions(skuId, search), enabled });

/** Every user holding a product (all pages, Graph's largest page), for the CSV download. */
export async function getAllLicensedUsers(
  skuId: SkuId,
  client: QueryClient,
  signal?: AbortSignal,
): Promise<LicensedUser[]> {
  const names = await groupNames(skuId, client);
  const users: LicensedUser[] = [];
  for await (const page of streamPages<WireUser>(graph, licensedUsersPath(skuId, 999), {
    eventual: true,
    signal,
  }))
    users.push(...parseLicensedUsers(page.value, names));
  return users;
}

/** Every user holding the product, read once for its assignment paths (and the CSV). */
export const allLicensedUsersQueryOptions = (skuId: SkuId) =>
  queryOptions({
    queryKey: graphKeys.users.licensedAll(skuId),
    queryFn: ({ client, signal }) => getAllLicensedUsers(skuId, client, signal),
  });

export const useAllLicensedUsers = (skuId: SkuId, enabled: boolean) =>
  useQuery({ ...allLicensedUsersQueryOptions(skuId), enabled });
