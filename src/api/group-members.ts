/**
 * A group's members (users and nested groups, or the nested groups alone) and its members in
 * licence error.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { DirectoryMember, GraphCollection, User as WireUser } from '../lib/graph/graph-types';
import { withQuery } from '../lib/graph/odata';
import { collectAll } from '../lib/graph/paging';
import type { GroupId } from '../lib/ids';
import { graphKeys } from './keys';
import {
  DIRECTORY_OBJECT_SELECT,
  parseDirectoryObject,
  type WireDirectoryObject,
} from './parse-group';
import { withPendingMemberships, withPendingMembershipsOfKind } from './pending-memberships';
import type { DirectoryObject } from './types';

/** A user's properties among `DIRECTORY_OBJECT_SELECT` (a user has no `securityEnabled`). */
const USER_MEMBER_SELECT = DIRECTORY_OBJECT_SELECT.filter((name) => name !== 'securityEnabled');
/** A group's properties among `DIRECTORY_OBJECT_SELECT` (a cast to groups selects no user's). */
const GROUP_MEMBER_SELECT = ['id', 'displayName', 'securityEnabled'];
import { parseUserWithPlans, USER_WITH_PLANS_SELECT } from './parse-user';

const groupPath = (id: GroupId, relation: string) =>
  `/groups/${encodeURIComponent(id)}/${relation}`;

/** `GET /groups/{id}/members`: every page. */
export const groupMembersQueryOptions = (id: GroupId) =>
  queryOptions({
    queryKey: graphKeys.memberships.of(id),
    queryFn: async ({ signal, client }) => {
      const members = await collectAll<DirectoryMember>(
        graph,
        withQuery(groupPath(id, 'members'), { select: DIRECTORY_OBJECT_SELECT, top: 999 }),
        { signal },
      );
      // Graph's list lags the admin's own adds and removes; those still show (pending-memberships.ts).
      return withPendingMemberships(
        client,
        id,
        members.flatMap((m) => parseDirectoryObject(m, 'user') ?? []),
      );
    },
  });

/**
 * Users as members lists show them, read by id (consistent at once, unlike lists) through
 * `$batch`: the members the admin just added. A user that cannot be read is left out.
 */
export async function readUsersAsMembers(ids: readonly string[]): Promise<DirectoryObject[]> {
  const outcomes = await graph.batch<WireDirectoryObject>(
    ids.map((id) => ({
      method: 'GET' as const,
      url: withQuery(`/users/${encodeURIComponent(id)}`, { select: USER_MEMBER_SELECT }),
    })),
  );
  return outcomes.flatMap((outcome) =>
    outcome.ok ? (parseDirectoryObject(outcome.data, 'user') ?? []) : [],
  );
}

export const useGroupMembers = (id: GroupId) => useQuery(groupMembersQueryOptions(id));

/**
 * `GET /groups/{id}/members/microsoft.graph.group` (Graph's OData cast), every page: the nested
 * groups alone, without reading the user members (60,000 of them in the largest group). The
 * admin's pending member changes show.
 */
export const nestedGroupsQueryOptions = (id: GroupId) =>
  queryOptions({
    queryKey: graphKeys.memberships.nestedGroups(id),
    queryFn: async ({ signal, client }) => {
      const groups = await collectAll<DirectoryMember>(
        graph,
        withQuery(groupPath(id, 'members/microsoft.graph.group'), {
          select: GROUP_MEMBER_SELECT,
          top: 999,
        }),
        { signal },
      );
      return withPendingMembershipsOfKind(
        client,
        id,
        'group',
        groups.flatMap((m) => parseDirectoryObject(m, 'group') ?? []),
      );
    },
  });

export const useNestedGroups = (id: GroupId) => useQuery(nestedGroupsQueryOptions(id));

/** `GET /groups/{id}/membersWithLicenseErrors`, with each user's assignment states and plans. */
export const membersWithLicenseErrorsQueryOptions = (id: GroupId) =>
  queryOptions({
    queryKey: graphKeys.groups.membersWithErrors(id),
    queryFn: async ({ signal }) => {
      const users = await collectAll<WireUser>(
        graph,
        withQuery(groupPath(id, 'membersWithLicenseErrors'), {
          select: USER_WITH_PLANS_SELECT,
          top: 999,
        }),
        { signal },
      );
      return users.flatMap((u) => parseUserWithPlans(u) ?? []);
    },
  });

export const useMembersWithLicenseErrors = (id: GroupId) =>
  useQuery(membersWithLicenseErrorsQueryOptions(id));

/** How many members of a group are in licence error (`$count=true`, one item read). */
export const licenseErrorCountQueryOptions = (id: GroupId) =>
  queryOptions({
    queryKey: graphKeys.groups.errorCount(id),
    queryFn: async ({ signal }) => {
      const path = groupPath(id, 'membersWithLicenseErrors');
      const page = await graph.get<GraphCollection<DirectoryMember>>(
        withQuery(path, { select: ['id'], top: 1, count: true }),
        { eventual: true, signal },
      );
      const count = page['@odata.count'];
      if (count !== undefined) return count;
      // Without Graph's total, count every member rather than report the size of a page.
      return (await collectAll(graph, withQuery(path, { select: ['id'], top: 999 }), { signal }))
        .length;
    },
  });

export const useLicenseErrorCount = (id: GroupId) => useQuery(licenseErrorCountQueryOptions(id));
