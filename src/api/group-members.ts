/** A group's members (users and nested groups) and its members in licence error. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { DirectoryMember, GraphCollection, User as WireUser } from '../lib/graph/graph-types';
import { withQuery } from '../lib/graph/odata';
import { collectAll } from '../lib/graph/paging';
import type { GroupId } from '../lib/ids';
import { graphKeys } from './keys';
import { DIRECTORY_OBJECT_SELECT, parseDirectoryObject } from './parse-group';
import { parseUserWithPlans, USER_WITH_PLANS_SELECT } from './parse-user';

const groupPath = (id: GroupId, relation: string) =>
  `/groups/${encodeURIComponent(id)}/${relation}`;

/** `GET /groups/{id}/members`: every page. */
export const groupMembersQueryOptions = (id: GroupId) =>
  queryOptions({
    queryKey: graphKeys.memberships.of(id),
    queryFn: async ({ signal }) => {
      const members = await collectAll<DirectoryMember>(
        graph,
        withQuery(groupPath(id, 'members'), { select: DIRECTORY_OBJECT_SELECT, top: 999 }),
        { signal },
      );
      return members.flatMap((m) => parseDirectoryObject(m, 'user') ?? []);
    },
  });

export const useGroupMembers = (id: GroupId) => useQuery(groupMembersQueryOptions(id));

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
