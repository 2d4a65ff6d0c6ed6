/**
 * Users with licence errors. Graph cannot filter users on `licenseAssignmentStates`, so, as the
 * portal does, this reads the groups that have members with licence errors
 * (`hasMembersWithLicenseErrors eq true`) and their `membersWithLicenseErrors`, one entry per user.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { DirectoryMember, Group, User } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';
import { collectAll } from '../../lib/graph/paging';
import { USER_LIST_SELECT } from './use-users';

export async function getUsersWithErrors(signal?: AbortSignal): Promise<User[]> {
  const options = signal ? { signal } : {};
  const groups = await collectAll<Group>(graph, withQuery('/groups', { select: ['id'], filter: filter.eq('hasMembersWithLicenseErrors', true), top: 999 }), options);
  const byId = new Map<string, User>();
  for (const group of groups) {
    const members = await collectAll<DirectoryMember>(
      graph,
      withQuery(`/groups/${encodeURIComponent(group.id ?? '')}/membersWithLicenseErrors`, { select: USER_LIST_SELECT, top: 999 }),
      options,
    );
    for (const member of members) {
      if (member['@odata.type'] === '#microsoft.graph.user' && member.id && !byId.has(member.id)) byId.set(member.id, member);
    }
  }
  return [...byId.values()].sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? ''));
}

export const usersWithErrorsQueryOptions = () =>
  queryOptions({ queryKey: ['graph', 'users', 'withErrors'], queryFn: ({ signal }) => getUsersWithErrors(signal) });

export const useUsersWithErrors = (enabled = true) => useQuery({ ...usersWithErrorsQueryOptions(), enabled });
