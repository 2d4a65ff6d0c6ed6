/**
 * Member counts the way Graph gives them: `GET /groups/{id}/members/$count` with
 * `ConsistencyLevel: eventual` (direct members, users and groups), one request for a group's
 * blade and the groups of a list in `$batch`es of 20; and a group's user members alone (the OData
 * cast `members/microsoft.graph.user/$count`). Graph's group has no member count property, and
 * reading every member to count them would read 60,000 rows for one number.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { GroupId } from '../lib/ids';
import { graphKeys } from './keys';

const countPath = (id: GroupId) => `/groups/${encodeURIComponent(id)}/members/$count`;
const EVENTUAL = { ConsistencyLevel: 'eventual' } as const;

/** A `$count` answer: plain text on its own, a number or its text inside a `$batch`. */
function parseCount(body: unknown): number | null {
  const value = typeof body === 'string' && /^\s*\d+\s*$/.test(body) ? Number(body) : body;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** The member counts of groups; a group Graph did not count is left out. */
export async function getMemberCounts(
  ids: readonly GroupId[],
  signal?: AbortSignal,
): Promise<ReadonlyMap<GroupId, number>> {
  const outcomes = await graph.batch<unknown>(
    ids.map((id) => ({ method: 'GET' as const, url: countPath(id), headers: EVENTUAL })),
    signal ? { signal } : {},
  );
  const counts = new Map<GroupId, number>();
  outcomes.forEach((outcome, i) => {
    const count = outcome.ok ? parseCount(outcome.data) : null;
    const id = ids[i];
    if (count !== null && id !== undefined) counts.set(id, count);
  });
  return counts;
}

/** The member counts of a list's groups. */
export const memberCountsQueryOptions = (ids: readonly GroupId[]) =>
  queryOptions({
    queryKey: graphKeys.memberships.counts(ids),
    queryFn: ({ signal }) => getMemberCounts([...new Set(ids)].sort(), signal),
    enabled: ids.length > 0,
  });

export const useMemberCounts = (ids: readonly GroupId[]) => useQuery(memberCountsQueryOptions(ids));

/** One group's member count. */
export const memberCountQueryOptions = (id: GroupId) =>
  queryOptions({
    queryKey: graphKeys.memberships.count(id),
    queryFn: async ({ signal }) => {
      const count = parseCount(await graph.get<unknown>(countPath(id), { eventual: true, signal }));
      if (count === null) throw new Error(`Graph answered the member count of ${id} without one.`);
      return count;
    },
  });

export const useMemberCount = (id: GroupId) => useQuery(memberCountQueryOptions(id));

/**
 * One group's direct user members, the users its licences reach: Graph's OData cast
 * `GET /groups/{id}/members/microsoft.graph.user/$count` (`ConsistencyLevel: eventual`), one
 * number instead of every member read (61 pages for the 60,000-member group). Like every Graph
 * count it lags the admin's own member changes by Graph's few seconds.
 */
export const userMemberCountQueryOptions = (id: GroupId) =>
  queryOptions({
    queryKey: graphKeys.memberships.userCount(id),
    queryFn: async ({ signal }) => {
      const path = `/groups/${encodeURIComponent(id)}/members/microsoft.graph.user/$count`;
      const count = parseCount(await graph.get<unknown>(path, { eventual: true, signal }));
      if (count === null) throw new Error(`Graph answered the user count of ${id} without one.`);
      return count;
    },
  });

export const useUserMemberCount = (id: GroupId) => useQuery(userMemberCountQueryOptions(id));
