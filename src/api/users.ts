/**
 * Users: one user's blade (with the names of the groups its licences come from), the users list
 * (searched and filtered on the server, page by page, with Graph's total), and the users with
 * licence errors.
 */
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { graph } from '../lib/graph/graph';
import type { DirectoryMember, User as WireUser } from '../lib/graph/graph-types';
import { filter, searchTerm, withQuery } from '../lib/graph/odata';
import { collectAll, fetchPage } from '../lib/graph/paging';
import type { UserId } from '../lib/ids';
import { groupNamesQueryOptions, groupsWithLicenseErrorsQueryOptions } from './groups';
import { useNoReadUnder } from './idle';
import { graphKeys, type UserListParams } from './keys';
import {
  parseUser,
  parseUserSummary,
  sourceGroupIds,
  USER_SELECT,
  USER_SUMMARY_SELECT,
} from './parse-user';
import { withPendingUsers } from './pending-users';
import type { Page, User, UserSummary } from './types';

export async function getUser(
  id: UserId,
  client: QueryClient,
  signal?: AbortSignal,
): Promise<User> {
  const wire = await graph.get<WireUser>(
    withQuery(`/users/${encodeURIComponent(id)}`, { select: USER_SELECT }),
    { signal },
  );
  const names = await client.query({
    ...groupNamesQueryOptions(sourceGroupIds(wire)),
    staleTime: 'static',
  });
  const user = parseUser(wire, names);
  if (!user) throw new Error(`Graph answered user ${id} without an id.`);
  return user;
}

export const userQueryOptions = (id: UserId) =>
  queryOptions({
    queryKey: graphKeys.users.detail(id),
    queryFn: ({ signal, client }) => getUser(id, client, signal),
  });

export const useUser = (id: UserId) => useQuery(userQueryOptions(id));

/**
 * Users per page of a list. The grid shows about 15 rows at a time (a 900 px high window), so 50
 * are over three screens, and scrolling reads the next page long before its end. Each user carries
 * its licences and assignment states (about 4.7 kB a user with Office 365 E3 and its disabled
 * plans: 100 users were 478 kB per keystroke of a search, moved from the emulator worker through
 * the service worker and parsed on the UI thread); 50 halve what every search reads before its
 * rows show. Graph's own default page is 100; the page size is the client's to choose.
 */
export const USER_PAGE_SIZE = 50;

/**
 * The `$filter` of a list: licensed / unlicensed (`assignedLicenses/$count`), without a usage
 * location (`usageLocation eq null`) and a product. All are advanced queries, which every list
 * read is (`ConsistencyLevel: eventual` and `$count=true`).
 */
function userListFilter(params: UserListParams): string {
  const byFilter =
    params.filter === 'licensed'
      ? 'assignedLicenses/$count ne 0'
      : params.filter === 'unlicensed'
        ? 'assignedLicenses/$count eq 0'
        : params.filter === 'noLocation'
          ? filter.eq('usageLocation', null)
          : undefined;
  return filter.and(
    byFilter,
    params.sku ? filter.anyGuid('assignedLicenses', 'skuId', params.sku) : undefined,
  );
}

/**
 * A list's first page. Graph sorts (`$orderby`), so the order is the whole list's, never a
 * page's, and 100,000 users are never sorted on the page; with a filter or a search that is an
 * advanced query, which every list read is.
 */
function userListPath(params: UserListParams): string {
  const term = params.search.trim();
  const [property, direction] = (params.orderBy ?? '').split(' ');
  return withQuery('/users', {
    select: USER_SUMMARY_SELECT,
    filter: userListFilter(params),
    search: term === '' ? undefined : searchTerm('displayName', term),
    orderby: property ? [direction === 'desc' ? [property, 'desc'] : property] : undefined,
    top: USER_PAGE_SIZE,
    count: true,
  });
}

/**
 * One page of a users list; search, `$count` and advanced filters need `ConsistencyLevel:
 * eventual`. The admin's own changes Graph's list still lags show (`pending-users.ts`).
 */
async function getUsersPage(
  pathOrNextLink: string,
  client: QueryClient,
  signal?: AbortSignal,
): Promise<Page<UserSummary>> {
  const page = await fetchPage<WireUser>(graph, pathOrNextLink, { eventual: true, signal });
  return {
    items: withPendingUsers(
      client,
      page.value.flatMap((u) => parseUserSummary(u) ?? []),
    ),
    count: page['@odata.count'] ?? null,
    nextLink: page['@odata.nextLink'] ?? null,
  };
}

export const usersQueryOptions = (params: UserListParams) =>
  infiniteQueryOptions({
    queryKey: graphKeys.users.list(params),
    queryFn: ({ pageParam, signal, client }) => getUsersPage(pageParam, client, signal),
    initialPageParam: userListPath(params),
    getNextPageParam: (page) => page.nextLink ?? undefined,
    placeholderData: keepPreviousData,
  });

export const useUsers = (params: UserListParams, enabled = true) =>
  useInfiniteQuery({ ...usersQueryOptions(params), enabled });

/**
 * Starts reading a users list's first page now (the list's own query picks up the read in flight):
 * a search box calls it the moment typing pauses, not in the effects of the render that follows.
 */
export function usePrefetchUsers(): (params: UserListParams) => void {
  const client = useQueryClient();
  return useCallback(
    (params: UserListParams) => {
      // A failed read is the list's to show (its query holds the error); nothing to do here.
      client.infiniteQuery(usersQueryOptions(params)).catch(() => undefined);
    },
    [client],
  );
}

/** Whether no users list is being read now (any search, filter or page of one; `./idle.ts`). */
export const useUsersListsIdle = () => useNoReadUnder(graphKeys.users.lists);

/**
 * Users with licence errors, sorted by name. Graph cannot filter users on
 * `licenseAssignmentStates`, so, as the portal does, this reads the groups with licence errors and
 * their `membersWithLicenseErrors`, one entry per user.
 *
 * Why reading groups finds everyone:
 * - Only group assignments are ever in error. A direct assignment is validated and applied whole
 *   or refused with a 400 (LICENSING.md rules 2, 5 and 7; engine README invariant 4), Reprocess
 *   passes direct entries through unchanged, and removing a direct licence another plan depends on
 *   is refused. `users-errors-filter.test.tsx` fails if a direct assignment ever ends up in error.
 * - A group answers `hasMembersWithLicenseErrors eq true` while any user holds its entry in error,
 *   also after its licences were removed and the entry is kept for a prerequisite (LICENSING.md
 *   rule 8), so reading the flagged groups is enough.
 * Not found: an entry kept for a group that was deleted afterwards, since no group answers for it.
 */
export async function getUsersWithErrors(
  client: QueryClient,
  signal?: AbortSignal,
): Promise<UserSummary[]> {
  // Read again with this list, never older than it: the list is only as fresh as the groups.
  const groups = await client.query({ ...groupsWithLicenseErrorsQueryOptions(), staleTime: 0 });
  const perGroup = await Promise.all(
    groups.map((group) =>
      collectAll<DirectoryMember>(
        graph,
        withQuery(`/groups/${encodeURIComponent(group.id)}/membersWithLicenseErrors`, {
          select: USER_SUMMARY_SELECT,
          top: 999,
        }),
        { signal },
      ),
    ),
  );
  const byId = new Map<UserId, UserSummary>();
  for (const member of perGroup.flat()) {
    if (member['@odata.type'] !== '#microsoft.graph.user') continue;
    const user = parseUserSummary(member);
    if (user && !byId.has(user.id)) byId.set(user.id, user);
  }
  return withPendingUsers(client, [...byId.values()]).sort((a, b) =>
    a.displayName.localeCompare(b.displayName),
  );
}

export const usersWithErrorsQueryOptions = () =>
  queryOptions({
    queryKey: graphKeys.users.withErrors,
    queryFn: ({ signal, client }) => getUsersWithErrors(client, signal),
  });

export const useUsersWithErrors = (enabled = true) =>
  useQuery({ ...usersWithErrorsQueryOptions(), enabled });
