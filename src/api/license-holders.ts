/**
 * The seats of the licensed users by department, country (`usageLocation`) and licensing group,
 * for the Cost tab (issue #15 item 2). Graph has no sums by these, so the portal counts what it
 * reads (`seat-reports/read-seats.ts` says what each sum reads), in the seat reports' worker: on a
 * 100,000-user tenant the licence states alone are ~330 MB of JSON, which the page's UI thread
 * never parses; only the sums cross to the page. The counts are prices-free: a new price never
 * reads Graph again (`src/lib/licensing/cost.ts` applies them).
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { GroupId } from '../lib/ids';
import type { PathSeats, PlaceSeats } from '../lib/licensing/cost';
import { groupNamesQueryOptions } from './groups';
import { graphKeys } from './keys';
import { productsQueryOptions } from './products';
import { reportJob } from './seat-reports/reports-backend';

export async function getPlaceSeats(
  client: QueryClient,
  signal?: AbortSignal,
): Promise<PlaceSeats> {
  const products = await client.query(productsQueryOptions());
  // A product nobody holds (no consumed seat) has no holders to read.
  const held = products.filter((p) => p.seats.assigned > 0).map((p) => p.skuId);
  return reportJob(signal, (reports, id) => reports.placeSeats(id, held));
}

export interface GroupSeats extends PathSeats {
  /** The licensing groups' names (a group that cannot be read is named by its id). */
  readonly groupNames: ReadonlyMap<GroupId, string>;
}

export async function getGroupSeats(
  client: QueryClient,
  signal?: AbortSignal,
): Promise<GroupSeats> {
  const counts = await reportJob(signal, (reports, id) => reports.pathSeats(id));
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
