/**
 * The seats of the licensed users by department, country (`usageLocation`) and licensing group,
 * for the Cost tab (issue #15 item 2). Graph has no sums by these, so the portal counts what it
 * reads, reading as little as each sum needs (on a 100,000-user tenant every byte crosses the
 * page: the licence states' disabled plans made Graph's pages ~4.8 MB each):
 *
 * - Places (department and country): for each product in use, its holders
 *   (`assignedLicenses/any(x:x/skuId eq …)`, a standard query) with `id`, `department` and
 *   `usageLocation` only, ~90 bytes a user. A user counts once per product held, as before.
 * - Paths (licensing groups and direct): every licensed user (`assignedLicenses/$count ne 0`, an
 *   advanced query) with `id` and `licenseAssignmentStates` only, counted straight from the wire.
 *
 * Each page is counted as it arrives and dropped, so 100,000 users never sit in memory as objects
 * and no task on the page is longer than counting one page. The counts are prices-free: a new price
 * never reads Graph again (`src/lib/licensing/cost.ts` applies them).
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { User as WireUser } from '../lib/graph/graph-types';
import { filter, withQuery } from '../lib/graph/odata';
import { streamPages } from '../lib/graph/paging';
import { toGroupId, toSkuId, type GroupId, type SkuId } from '../lib/ids';
import {
  countPaths,
  countPlaces,
  emptyPathSeats,
  emptyPlaceSeats,
  type HolderPath,
  type PathSeats,
  type PlaceSeats,
} from '../lib/licensing/cost';
import { groupNamesQueryOptions } from './groups';
import { graphKeys } from './keys';
import { productsQueryOptions } from './products';

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

export async function getPlaceSeats(
  client: QueryClient,
  signal?: AbortSignal,
): Promise<PlaceSeats> {
  const products = await client.query(productsQueryOptions());
  const counts = emptyPlaceSeats();
  // A product nobody holds (no consumed seat) has no holders to read.
  const held = products.filter((p) => p.seats.assigned > 0).map((p) => p.skuId);
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

export interface GroupSeats extends PathSeats {
  /** The licensing groups' names (a group that cannot be read is named by its id). */
  readonly groupNames: ReadonlyMap<GroupId, string>;
}

export async function getGroupSeats(
  client: QueryClient,
  signal?: AbortSignal,
): Promise<GroupSeats> {
  const counts = emptyPathSeats();
  for await (const page of streamPages<WireUser>(graph, PATHS_PATH, { eventual: true, signal }))
    countPaths(counts, activePaths(page.value));
  const ids = Object.keys(counts.group) as GroupId[];
  const groupNames =
    ids.length === 0
      ? new Map<GroupId, string>()
      : await client.query({ ...groupNamesQueryOptions(ids), staleTime: 'static' });
  return { ...counts, groupNames };
}

export const placeSeatsQueryOptions = () =>
  queryOptions({
    queryKey: graphKeys.users.placeSeats,
    queryFn: ({ client, signal }) => getPlaceSeats(client, signal),
  });

export const groupSeatsQueryOptions = () =>
  queryOptions({
    queryKey: graphKeys.users.groupSeats,
    queryFn: ({ client, signal }) => getGroupSeats(client, signal),
  });

export const usePlaceSeats = (enabled = true) => useQuery({ ...placeSeatsQueryOptions(), enabled });

export const useGroupSeats = (enabled = true) => useQuery({ ...groupSeatsQueryOptions(), enabled });
