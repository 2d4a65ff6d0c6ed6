/**
 * Licensed users inactive for more than N days, or disabled (issue #15 item 3), from Graph's
 * `signInActivity` (needs AuditLog.Read.All in live mode).
 *
 * Graph filters `signInActivity` only on its own ("not with any other filterable properties"), so
 * three reads ask Graph for the candidates and the portal keeps the licensed ones:
 * - `signInActivity/lastSignInDateTime le <cutoff>`: no interactive sign-in since the cutoff; a
 *   user whose clients still sign in on their behalf since then (`lastNonInteractiveSignInDateTime`)
 *   is active and dropped;
 * - `signInActivity/lastSignInDateTime eq null`: never signed in, kept when the account is older
 *   than the cutoff (a new starter is not idle);
 * - `accountEnabled eq false`: disabled accounts, whatever their sign-ins.
 * The cutoff counts from Graph's own time (the `Date` of its answer: the emulator's clock in the
 * sandbox), never the machine's; where the browser cannot read it, the machine's time.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { GraphCollection, User as WireUser } from '../lib/graph/graph-types';
import { filter, withQuery } from '../lib/graph/odata';
import { streamPages } from '../lib/graph/paging';
import { toSkuId, type GroupId, type UserId } from '../lib/ids';
import type { SeatCounts } from '../lib/licensing/cost';
import { groupNamesQueryOptions } from './groups';
import { graphKeys } from './keys';
import { nameAssignment, parseUserSummary, USER_SUMMARY_SELECT } from './parse-user';
import type { InactiveReason, InactiveUser, UserSummary } from './types';

/** The choices of the report, in days. */
export const INACTIVE_DAYS = [14, 30, 60, 90] as const;
export type InactiveDays = (typeof INACTIVE_DAYS)[number];
/** The period when the link names none. */
export const DEFAULT_INACTIVE_DAYS: InactiveDays = 30;

const DAY = 86_400_000;
const byName = new Intl.Collator();
/** What `reasonOf` reads. */
const REASON_SELECT = [
  'id',
  'assignedLicenses',
  'accountEnabled',
  'createdDateTime',
  'signInActivity',
];
const SELECT = [...new Set([...USER_SUMMARY_SELECT, ...REASON_SELECT])];
const SEATS_SELECT = REASON_SELECT;

/** Graph's time now: the `Date` of a small answer, else the machine's. */
async function graphNow(signal?: AbortSignal): Promise<number> {
  const answer = await graph.request<GraphCollection<WireUser>>(
    withQuery('/users', { select: ['id'], top: 1 }),
    { signal },
  );
  const at = answer.date === null ? NaN : Date.parse(answer.date);
  return Number.isNaN(at) ? Date.now() : at;
}

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : null);

/** Why a wire user is inactive at `cutoff`, or null when they are active or hold no licence. */
function reasonOf(user: WireUser, cutoff: number): InactiveReason | null {
  if ((user.assignedLicenses ?? []).length === 0) return null;
  if (user.accountEnabled === false) return 'disabled';
  const activity = user.signInActivity;
  const interactive = time(activity?.lastSignInDateTime);
  const client = time(activity?.lastNonInteractiveSignInDateTime);
  if (interactive === null && client === null) {
    const created = time(user.createdDateTime);
    return created !== null && created > cutoff ? null : 'neverSignedIn';
  }
  return Math.max(interactive ?? 0, client ?? 0) > cutoff ? null : 'inactive';
}

function lastSignIn(user: WireUser): string | null {
  const a = user.signInActivity;
  const [x, y] = [a?.lastSignInDateTime ?? null, a?.lastNonInteractiveSignInDateTime ?? null];
  if (x === null || y === null) return x ?? y;
  return Date.parse(x) >= Date.parse(y) ? x : y;
}

/**
 * Runs the three reads for `days` with `select` (which must hold the properties `reasonOf` reads)
 * and hands each licensed inactive user to `found` once, with the cutoff's reason. A user two
 * reads return (disabled and never signed in) is handed over by the first to return it.
 */
async function findInactive(
  days: number,
  select: readonly string[],
  found: (wire: WireUser & { id: string }, reason: InactiveReason) => void,
  signal?: AbortSignal,
): Promise<void> {
  const cutoff = (await graphNow(signal)) - days * DAY;
  const cutoffIso = new Date(cutoff).toISOString().replace('.000Z', 'Z');
  const filters = [
    `signInActivity/lastSignInDateTime le ${cutoffIso}`,
    'signInActivity/lastSignInDateTime eq null',
    filter.eq('accountEnabled', false),
  ];
  const seen = new Set<string>();
  await Promise.all(
    filters.map(async (text) => {
      const path = withQuery('/users', { filter: text, select: [...select], top: 999 });
      for await (const page of streamPages<WireUser>(graph, path, { signal })) {
        for (const wire of page.value) {
          const reason = reasonOf(wire, cutoff);
          const id = wire.id?.toLowerCase();
          if (reason === null || !id || seen.has(id)) continue;
          seen.add(id);
          found({ ...wire, id }, reason);
        }
      }
    }),
  );
}

/** Every licensed user inactive for more than `days` days, or disabled, by name. */
export async function getInactiveUsers(
  days: number,
  client: QueryClient,
  signal?: AbortSignal,
): Promise<InactiveUser[]> {
  const found = new Map<UserId, { summary: UserSummary; wire: WireUser; reason: InactiveReason }>();
  await findInactive(
    days,
    SELECT,
    (wire, reason) => {
      const summary = parseUserSummary(wire);
      if (summary) found.set(summary.id, { summary, wire, reason });
    },
    signal,
  );
  const groupIds = new Set<GroupId>();
  for (const { summary } of found.values())
    for (const a of summary.assignments)
      if (a.source.kind === 'group') groupIds.add(a.source.groupId);
  const names = await client.query({
    ...groupNamesQueryOptions([...groupIds]),
    staleTime: 'static',
  });
  return [...found.values()]
    .map(({ summary, wire, reason }) => ({
      ...summary,
      assignments: summary.assignments.map((a) => nameAssignment(a, names)),
      accountEnabled: wire.accountEnabled !== false,
      lastSignIn: lastSignIn(wire),
      reason,
    }))
    .sort((a, b) => byName.compare(a.displayName, b.displayName));
}

/** The inactive licensed users' seats: how many, and their applied licences by product. */
export interface InactiveSeats {
  readonly users: number;
  readonly seats: SeatCounts;
}

/**
 * The seats of the licensed users inactive for more than `days` days, or disabled (the Overview's
 * "Inactive users' spend"): the report's three reads with only what the reasons and the seats
 * need (no names, paths or licence states), so a 100,000-user tenant reads a fraction of the
 * report's bytes.
 */
export async function getInactiveSeats(days: number, signal?: AbortSignal): Promise<InactiveSeats> {
  let users = 0;
  const seats: Record<string, number> = {};
  await findInactive(
    days,
    SEATS_SELECT,
    (wire) => {
      users++;
      for (const license of wire.assignedLicenses ?? []) {
        if (!license.skuId) continue;
        const sku = toSkuId(license.skuId);
        seats[sku] = (seats[sku] ?? 0) + 1;
      }
    },
    signal,
  );
  return { users, seats };
}

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
