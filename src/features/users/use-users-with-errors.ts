/**
 * Users with licence errors. Graph cannot filter users on `licenseAssignmentStates`, so, as the
 * portal does, this reads groups and their `membersWithLicenseErrors`, one entry per user.
 *
 * Why reading groups finds everyone:
 * - Only group assignments are ever in error. A direct assignment is validated and applied whole
 *   or refused with a 400 (LICENSING.md rules 2, 5 and 7; engine README invariant 4), Reprocess
 *   passes direct entries through unchanged, and removing a direct licence another plan depends on
 *   is refused. `users-errors-filter.test.tsx` fails if a direct assignment ever ends up in error.
 * - A licensed group with such members answers `hasMembersWithLicenseErrors eq true`.
 * - A group whose licences were all removed no longer does, yet its members can still hold its
 *   entry as ActiveWithError / DependencyViolation while another licence needs one of its plans
 *   (LICENSING.md rule 8). So groups without licences are read too.
 * Not found: an entry kept for a group that was deleted afterwards, since no group answers for it.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { DirectoryMember, Group, User } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';
import { collectAll } from '../../lib/graph/paging';
import { USER_LIST_SELECT } from './use-users';

interface Options { readonly signal?: AbortSignal }

/** Ids of the groups that may have members in licence error: flagged by Graph, or without licences. */
async function candidateGroupIds(options: Options): Promise<string[]> {
  const [flagged, all] = await Promise.all([
    collectAll<Group>(graph, withQuery('/groups', { select: ['id'], filter: filter.eq('hasMembersWithLicenseErrors', true), top: 999 }), options),
    collectAll<Group>(graph, withQuery('/groups', { select: ['id', 'assignedLicenses'], top: 999 }), options),
  ]);
  const unlicensed = all.filter((g) => (g.assignedLicenses ?? []).length === 0);
  return [...new Set([...flagged, ...unlicensed].map((g) => g.id ?? '').filter((id) => id !== ''))];
}

export async function getUsersWithErrors(signal?: AbortSignal): Promise<User[]> {
  const options: Options = signal ? { signal } : {};
  const groupIds = await candidateGroupIds(options);
  const perGroup = await Promise.all(groupIds.map((id) => collectAll<DirectoryMember>(
    graph,
    withQuery(`/groups/${encodeURIComponent(id)}/membersWithLicenseErrors`, { select: USER_LIST_SELECT, top: 999 }),
    options,
  )));
  const byId = new Map<string, User>();
  for (const member of perGroup.flat()) {
    if (member['@odata.type'] === '#microsoft.graph.user' && member.id && !byId.has(member.id)) byId.set(member.id, member);
  }
  return [...byId.values()].sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? ''));
}

export const usersWithErrorsQueryOptions = () =>
  queryOptions({ queryKey: ['graph', 'users', 'withErrors'], queryFn: ({ signal }) => getUsersWithErrors(signal) });

export const useUsersWithErrors = (enabled = true) => useQuery({ ...usersWithErrorsQueryOptions(), enabled });
