/**
 * The reads behind the Cost tab's breakdowns and the inactive users' report (issue #15), each
 * through the Graph client it is handed: on the page, that is the seat reports' Web Worker's own
 * client (`reports.worker.ts`), so the pages of a 100,000-user tenant (~3.3 KB of licence states
 * a user) are fetched, parsed and counted off the page's UI thread and only the sums, or the
 * report's rows, cross to the page. No DOM, React or query cache here: the worker imports it.
 *
 * - Places (department and country): for each product in use, its holders
 *   (`assignedLicenses/any(x:x/skuId eq …)`, a standard query) with `id`, `department` and
 *   `usageLocation` only, ~90 bytes a user. A user counts once per product held.
 * - Paths (licensing groups and direct): every licensed user (`assignedLicenses/$count ne 0`, an
 *   advanced query) with `id` and `licenseAssignmentStates` only, counted straight from the wire:
 *   Graph cannot filter by licence state, and "Assigned directly" needs every user's states.
 * - Inactive users: Graph filters `signInActivity` only on its own ("not with any other filterable
 *   properties"), so three reads ask Graph for the candidates and the licensed ones are kept:
 *   `signInActivity/lastSignInDateTime le <cutoff>` (a user whose clients still sign in on their
 *   behalf since then, `lastNonInteractiveSignInDateTime`, is active and dropped),
 *   `signInActivity/lastSignInDateTime eq null` (kept when the account is older than the cutoff: a
 *   new starter is not idle) and `accountEnabled eq false` (disabled, whatever their sign-ins).
 *   The cutoff counts from Graph's own time (the `Date` of its answer: the emulator's clock in
 *   the sandbox), never the machine's; where it cannot be read, the machine's time.
 *
 * Each page is counted as it arrives and dropped, so 100,000 users never sit in memory as objects.
 */
import type { GraphClient } from '../../lib/graph/graph-client';
import type { GraphCollection, User as WireUser } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';
import { streamPages } from '../../lib/graph/paging';
import { toGroupId, toSkuId, type GroupId, type SkuId } from '../../lib/ids';
import {
  countPaths,
  countPlaces,
  emptyPathSeats,
  emptyPlaceSeats,
  type HolderPath,
  type PathSeats,
  type PlaceSeats,
  type SeatCounts,
} from '../../lib/licensing/cost';
import { parseUserSummary, USER_SUMMARY_SELECT } from '../parse-user';
import type { InactiveReason, InactiveUser, UserSummary } from '../types';

/** Products read side by side for the place sums (a tenant may have dozens). */
const PARALLEL_PRODUCTS = 3;

const holdersOf = (skuId: SkuId) =>
  withQuery('/users', {
    filter: filter.anyGuid('assignedLicenses', 'skuId', skuId),
    select: ['id', 'department', 'usageLocation'],
    top: 999,
  });

const PATHS_PATH = withQuery('/users', {
  filter: 'assignedLicenses/$count ne 0',
  select: ['id', 'licenseAssignmentStates'],
  top: 999,
  count: true,
});

/** An active path: Graph applied the licence through it (with or without a plan error). */
const ACTIVE = new Set(['Active', 'ActiveWithError']);

/** The active paths of a page of users, from the wire (no view objects: only the counts need them). */
export function activePaths(users: readonly WireUser[]): HolderPath[] {
  const paths: HolderPath[] = [];
  for (const user of users) {
    if (!user.id) continue;
    for (const state of user.licenseAssignmentStates ?? []) {
      // Graph documents null for an applied path (parse-user.ts reads it the same way).
      if (!state.skuId || !ACTIVE.has(state.state ?? 'Active')) continue;
      paths.push({
        skuId: toSkuId(state.skuId),
        groupId: state.assignedByGroup ? toGroupId(state.assignedByGroup) : null,
      });
    }
  }
  return paths;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The seats by department and country of the holders of `held` (the products in use). */
export async function readPlaceSeats(
  graph: GraphClient,
  held: readonly SkuId[],
  signal?: AbortSignal,
): Promise<PlaceSeats> {
  const counts = emptyPlaceSeats();
  await inParallel(held, PARALLEL_PRODUCTS, async (skuId) => {
    for await (const page of streamPages<WireUser>(graph, holdersOf(skuId), { signal }))
      countPlaces(
        counts,
        skuId,
        page.value.flatMap((user) =>
          user.id
            ? [{ department: user.department ?? null, country: user.usageLocation ?? null }]
            : [],
        ),
      );
  });
  return counts;
}

/** The seats licensing groups carry and those assigned directly (every licensed user's paths). */
export async function readPathSeats(graph: GraphClient, signal?: AbortSignal): Promise<PathSeats> {
  const counts = emptyPathSeats();
  for await (const page of streamPages<WireUser>(graph, PATHS_PATH, { eventual: true, signal }))
    countPaths(counts, activePaths(page.value));
  return counts;
}

const DAY = 86_400_000;
/** What `reasonOf` reads. */
const REASON_SELECT = [
  'id',
  'assignedLicenses',
  'accountEnabled',
  'createdDateTime',
  'signInActivity',
];
const REPORT_SELECT = [...new Set([...USER_SUMMARY_SELECT, ...REASON_SELECT])];

/** Graph's time now: the `Date` of a small answer, else the machine's. */
async function graphNow(graph: GraphClient, signal?: AbortSignal): Promise<number> {
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
  graph: GraphClient,
  days: number,
  select: readonly string[],
  found: (wire: WireUser & { id: string }, reason: InactiveReason) => void,
  signal?: AbortSignal,
): Promise<void> {
  const cutoff = (await graphNow(graph, signal)) - days * DAY;
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

/** A row of the report before its groups are named (the page names them from its cache). */
export type InactiveRow = Omit<InactiveUser, 'assignments'> & Pick<UserSummary, 'assignments'>;

const byName = new Intl.Collator();

/** Every licensed user inactive for more than `days` days, or disabled, by name. */
export async function readInactiveRows(
  graph: GraphClient,
  days: number,
  signal?: AbortSignal,
): Promise<InactiveRow[]> {
  const rows: InactiveRow[] = [];
  await findInactive(
    graph,
    days,
    REPORT_SELECT,
    (wire, reason) => {
      const summary = parseUserSummary(wire);
      if (summary)
        rows.push({
          ...summary,
          accountEnabled: wire.accountEnabled !== false,
          lastSignIn: lastSignIn(wire),
          reason,
        });
    },
    signal,
  );
  // The three reads answer in any order: users of the same name keep one order, by id.
  return rows.sort(
    (a, b) =>
      byName.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The groups the rows' licences come through (to be named). */
export function rowGroups(rows: readonly InactiveRow[]): GroupId[] {
  const ids = new Set<GroupId>();
  for (const row of rows)
    for (const a of row.assignments) if (a.source.kind === 'group') ids.add(a.source.groupId);
  return [...ids];
}

/** The inactive licensed users' seats: how many, and their applied licences by product. */
export interface InactiveSeats {
  readonly users: number;
  readonly seats: SeatCounts;
}

/**
 * The seats of the licensed users inactive for more than `days` days, or disabled (the Overview's
 * "Inactive users' spend"): the report's three reads with only what the reasons and the seats
 * need (no names, paths or licence states), a fraction of the report's bytes.
 */
export async function readInactiveSeats(
  graph: GraphClient,
  days: number,
  signal?: AbortSignal,
): Promise<InactiveSeats> {
  let users = 0;
  const seats: Record<string, number> = {};
  await findInactive(
    graph,
    days,
    REASON_SELECT,
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
