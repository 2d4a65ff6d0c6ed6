/**
 * Licensed users inactive for more than N days, or disabled (issue #15 item 3), from Graph's
 * `signInActivity` (needs AuditLog.Read.All in live mode). The three reads that find them, and
 * why three, are in `seat-reports/read-seats.ts`; they run in the seat reports' worker, off the
 * page's UI thread (each candidate's licence states are ~3.3 KB of JSON on a large tenant). The
 * report's rows come to the page sorted by name, in slices of `ROWS_PER_MESSAGE` (each one task to
 * decode), and their groups are named here from the page's cache of group names.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { User as WireUser } from '../lib/graph/graph-types';
import { withQuery } from '../lib/graph/odata';
import type { GroupId, SkuId, UserId } from '../lib/ids';
import { groupNamesQueryOptions } from './groups';
import { graphKeys } from './keys';
import { nameAssignment, parseUserSummary, USER_SUMMARY_SELECT } from './parse-user';
import type { InactiveSeats } from './seat-reports/read-seats';
import { reportJob } from './seat-reports/reports-backend';
import type { InactiveUser, UserSummary } from './types';

export type { InactiveSeats } from './seat-reports/read-seats';

/** Rows a message from the worker carries: decoding and naming them stays one short task. */
const ROWS_PER_MESSAGE = 1_000;

/** Every licensed user inactive for more than `days` days, or disabled, by name. */
export function getInactiveUsers(
  days: number,
  client: QueryClient,
  signal?: AbortSignal,
): Promise<InactiveUser[]> {
  return reportJob(signal, async (reports, id) => {
    const ready = await reports.inactiveUsers(id, days);
    if (!ready.ok) return ready;
    try {
      const { count, groupIds } = ready.value;
      const names = await client.query({
        ...groupNamesQueryOptions([...groupIds]),
        staleTime: 'static',
      });
      const users: InactiveUser[] = [];
      for (let from = 0; from < count; from += ROWS_PER_MESSAGE) {
        signal?.throwIfAborted();
        for (const row of await reports.inactiveRows(id, from, from + ROWS_PER_MESSAGE))
          users.push({ ...row, assignments: row.assignments.map((a) => nameAssignment(a, names)) });
      }
      return { ok: true, value: users };
    } finally {
      void reports.release(id);
    }
  });
}

/**
 * The seats of the licensed users inactive for more than `days` days, or disabled (the Overview's
 * "Inactive users' spend"): the report's three reads with only what the reasons and the seats
 * need (no names, paths or licence states), a fraction of the report's bytes.
 */
export const getInactiveSeats = (days: number, signal?: AbortSignal): Promise<InactiveSeats> =>
  reportJob(signal, (reports, id) => reports.inactiveSeats(id, days));

export const inactiveUsersQueryOptions = (days: number) =>
  queryOptions({
    queryKey: graphKeys.users.inactive(days),
    queryFn: ({ client, signal }) => getInactiveUsers(days, client, signal),
    // Tens of thousands of users on a large tenant: comparing a refetch with the rows before it,
    // deep and in one task (TanStack's structural sharing), held the page for seconds after a
    // Reclaim. Without it a refetch gives new rows, which the virtualised grid re-renders only as
    // far as they are on screen.
    structuralSharing: false,
  });

export const useInactiveUsers = (days: number, enabled = true) =>
  useQuery({ ...inactiveUsersQueryOptions(days), enabled });

export const inactiveSeatsQueryOptions = (days: number) =>
  queryOptions({
    queryKey: graphKeys.users.inactiveSeats(days),
    queryFn: ({ signal }) => getInactiveSeats(days, signal),
  });

export const useInactiveSeats = (days: number, enabled = true) =>
  useQuery({ ...inactiveSeatsQueryOptions(days), enabled });

/** What a Reclaim took from one user: the writes Graph accepted. */
export interface Reclaimed {
  readonly userId: UserId;
  /** Direct licences removed. */
  readonly removedLicenses: readonly SkuId[];
  /** Groups the user left. */
  readonly left: readonly GroupId[];
}

/** A report's row after a Reclaim: its paths less those taken away; null once no licence is left. */
function rowAfterReclaim(user: InactiveUser, reclaimed: Reclaimed): InactiveUser | null {
  const assignments = user.assignments.filter((a) =>
    a.source.kind === 'direct'
      ? !reclaimed.removedLicenses.includes(a.skuId)
      : !reclaimed.left.includes(a.source.groupId),
  );
  const licenses = user.licenses.filter((sku) => assignments.some((a) => a.skuId === sku));
  return licenses.length === 0 ? null : { ...user, licenses, assignments };
}

/**
 * Shows a Reclaim in every cached report at once, from Graph's answers to its writes: the paths
 * Graph accepted to take away are gone from the users' rows, and a user left without a licence is
 * no longer listed (the report lists licensed users only). A Reclaim changes nothing but its
 * users' licences, so the report is not read again for it: that is the three reads of every
 * candidate (tens of thousands of users on a large tenant, seconds in the worker and slices of
 * rows decoded on the page), to learn what the answers already said.
 */
export function recordReclaimed(client: QueryClient, reclaimed: readonly Reclaimed[]): void {
  const byUser = new Map(reclaimed.map((r) => [r.userId, r]));
  editReportRows(client, (row) => {
    const taken = byUser.get(row.id);
    return taken ? rowAfterReclaim(row, taken) : row;
  });
}

/** Every cached report with each row as `edit` makes it (null: the row goes). */
function editReportRows(client: QueryClient, edit: (row: InactiveUser) => InactiveUser | null) {
  client.setQueriesData<InactiveUser[]>({ queryKey: graphKeys.users.inactiveReports }, (rows) =>
    rows?.flatMap((row) => edit(row) ?? []),
  );
}

/**
 * Reads these users again by id (`GET /users/{id}`, consistent at once on Graph, unlike its lists;
 * 20 to a `$batch`) and shows them in every cached report as Graph has them now: their licences
 * and paths, and no row once they hold none. For after a Reclaim's processing has ended, where
 * Graph's word replaces what the answers to the writes implied (a path left in error, a change
 * made since). Throws when Graph did not answer for a user (deleted users hold nothing).
 */
export async function refreshReportUsers(
  client: QueryClient,
  userIds: readonly UserId[],
): Promise<void> {
  const outcomes = await graph.batch<WireUser>(
    userIds.map((id) => ({
      method: 'GET' as const,
      url: withQuery(`/users/${encodeURIComponent(id)}`, { select: USER_SUMMARY_SELECT }),
    })),
  );
  const now = new Map<UserId, UserSummary | null>();
  outcomes.forEach((outcome, index) => {
    const id = userIds[index];
    if (id === undefined) return;
    if (outcome.ok) now.set(id, parseUserSummary(outcome.data));
    else if (outcome.status === 404) now.set(id, null);
    else throw outcome.error;
  });
  const groupIds = [...now.values()].flatMap((user) =>
    (user?.assignments ?? []).flatMap((a) => (a.source.kind === 'group' ? [a.source.groupId] : [])),
  );
  const names =
    groupIds.length === 0
      ? new Map<GroupId, string>()
      : await client.query({ ...groupNamesQueryOptions(groupIds), staleTime: 'static' });
  editReportRows(client, (row) => {
    if (!now.has(row.id)) return row;
    const user = now.get(row.id);
    if (!user || user.licenses.length === 0) return null;
    const assignments = user.assignments.map((a) => nameAssignment(a, names));
    return { ...row, licenses: user.licenses, assignments };
  });
}
