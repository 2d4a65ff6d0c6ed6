/**
 * Users with licence errors. Graph cannot filter users on `licenseAssignmentStates`, so, as the
 * portal does, this reads groups and their `membersWithLicenseErrors`, one entry per user.
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
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { DirectoryMember, Group, User } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';
import { collectAll } from '../../lib/graph/paging';
import { USER_LIST_SELECT } from './use-users';

interface Options {
  readonly signal?: AbortSignal;
}

/** Ids of the groups with members in licence error. */
async function flaggedGroupIds(options: Options): Promise<string[]> {
  const flagged = await collectAll<Group>(
    graph,
    withQuery('/groups', {
      select: ['id'],
      filter: filter.eq('hasMembersWithLicenseErrors', true),
      top: 999,
    }),
    options,
  );
  return flagged.map((g) => g.id ?? '').filter((id) => id !== '');
}

export async function getUsersWithErrors(signal?: AbortSignal): Promise<User[]> {
  const options: Options = signal ? { signal } : {};
  const groupIds = await flaggedGroupIds(options);
  const perGroup = await Promise.all(
    groupIds.map((id) =>
      collectAll<DirectoryMember>(
        graph,
        withQuery(`/groups/${encodeURIComponent(id)}/membersWithLicenseErrors`, {
          select: USER_LIST_SELECT,
          top: 999,
        }),
        options,
      ),
    ),
  );
  const byId = new Map<string, User>();
  for (const member of perGroup.flat()) {
    if (member['@odata.type'] === '#microsoft.graph.user' && member.id && !byId.has(member.id))
      byId.set(member.id, member);
  }
  return [...byId.values()].sort((a, b) =>
    (a.displayName ?? '').localeCompare(b.displayName ?? ''),
  );
}

export const usersWithErrorsQueryOptions = () =>
  queryOptions({
    queryKey: ['graph', 'users', 'withErrors'],
    queryFn: ({ signal }) => getUsersWithErrors(signal),
  });

export const useUsersWithErrors = (enabled = true) =>
  useQuery({ ...usersWithErrorsQueryOptions(), enabled });
