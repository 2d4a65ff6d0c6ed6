/**
 * The seats of every licensed user by department, country (`usageLocation`) and licensing group,
 * for the Cost tab (issue #15 item 2). Graph has no sums by these, so the licensed users
 * (`assignedLicenses/$count ne 0`, an advanced query) are read once, in Graph's largest pages,
 * with only the five properties the sums need; each page is counted as it arrives and dropped
 * (`countHolders`), so 100,000 users never sit in memory as objects and no task on the page is
 * longer than counting one page of 999. The counts are prices-free: a new price never reads Graph
 * again (`src/lib/licensing/cost.ts` applies them).
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { User as WireUser } from '../lib/graph/graph-types';
import { withQuery } from '../lib/graph/odata';
import { streamPages } from '../lib/graph/paging';
import type { GroupId } from '../lib/ids';
import {
  countHolders,
  emptyHolderCounts,
  type HolderCounts,
  type HolderRow,
} from '../lib/licensing/cost';
import { groupNamesQueryOptions } from './groups';
import { graphKeys } from './keys';
import { parseUserSummary } from './parse-user';

const HOLDERS_PATH = withQuery('/users', {
  filter: 'assignedLicenses/$count ne 0',
  select: ['id', 'department', 'usageLocation', 'assignedLicenses', 'licenseAssignmentStates'],
  top: 999,
  count: true,
});

/** An active path: Graph applied the licence through it (with or without a plan error). */
const ACTIVE = new Set(['Active', 'ActiveWithError']);

function holderRow(wire: WireUser): HolderRow | null {
  const user = parseUserSummary(wire);
  if (!user) return null;
  return {
    department: wire.department ?? null,
    country: user.usageLocation,
    licenses: user.licenses,
    paths: user.assignments
      .filter((a) => ACTIVE.has(a.state))
      .map((a) => ({
        skuId: a.skuId,
        groupId: a.source.kind === 'group' ? a.source.groupId : null,
      })),
  };
}

export interface LicenseHolders extends HolderCounts {
  /** The licensing groups' names (a group that cannot be read is named by its id). */
  readonly groupNames: ReadonlyMap<GroupId, string>;
}

export async function getLicenseHolders(
  client: QueryClient,
  signal?: AbortSignal,
): Promise<LicenseHolders> {
  let counts = emptyHolderCounts();
  for await (const page of streamPages<WireUser>(graph, HOLDERS_PATH, { eventual: true, signal }))
    counts = countHolders(
      counts,
      page.value.flatMap((wire) => holderRow(wire) ?? []),
    );
  const ids = Object.keys(counts.group) as GroupId[];
  const groupNames =
    ids.length === 0
      ? new Map<GroupId, string>()
      : await client.query({ ...groupNamesQueryOptions(ids), staleTime: 'static' });
  return { ...counts, groupNames };
}

export const licenseHoldersQueryOptions = () =>
  queryOptions({
    queryKey: graphKeys.users.licenseHolders,
    queryFn: ({ client, signal }) => getLicenseHolders(client, signal),
  });

export const useLicenseHolders = (enabled = true) =>
  useQuery({ ...licenseHoldersQueryOptions(), enabled });
