/**
 * Groups: one group's blade (watching its licence processing), lists, the groups assigning a
 * product, the groups with licence errors, and group names by id.
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { graph } from '../lib/graph/graph';
import type { Group as WireGroup } from '../lib/graph/graph-types';
import { filter, searchTerm, withQuery } from '../lib/graph/odata';
import { collectAll } from '../lib/graph/paging';
import { toGroupId, type GroupId, type SkuId } from '../lib/ids';
import { isProcessing } from '../lib/licensing/processing';
import { groupQueryOptions, PROCESSING_POLL_MS } from './group';
import { graphKeys, type GroupListFilter, type GroupListParams } from './keys';
import { byGroupName, GROUP_SELECT, parseGroup } from './parse-group';
import { withPendingGroups } from './pending-groups';
import { watchProcessing } from './processing';
import { productsQueryOptions } from './products';
import type { Group } from './types';

export { groupQueryOptions };

/** One group; while its licences are processed it is read again, and when that ends, what it changed. */
export function useGroup(id: GroupId) {
  const client = useQueryClient();
  const query = useQuery(groupQueryOptions(id));
  const processing = isProcessing(query.data?.processingState);
  useEffect(() => {
    if (processing) watchProcessing(client, id);
  }, [client, id, processing]);
  return query;
}

/** Graph takes at most 15 values in an `in (…)` and 15 clauses in an `or` in standard queries. */
const STANDARD_CLAUSE_LIMIT = 15;

/**
 * A groups list, every page. `advanced` sends it as an advanced query (`ConsistencyLevel:
 * eventual` and `$count=true`), which Graph needs for filters past the standard limits; `$search`
 * needs the header as well.
 */
async function readGroups(
  odata: { readonly filter?: string; readonly search?: string; readonly advanced?: boolean },
  signal?: AbortSignal,
): Promise<Group[]> {
  const advanced = odata.advanced === true;
  const groups = await collectAll<WireGroup>(
    graph,
    withQuery('/groups', {
      select: GROUP_SELECT,
      top: 999,
      ...(odata.filter === undefined ? {} : { filter: odata.filter }),
      ...(odata.search === undefined ? {} : { search: odata.search }),
      count: advanced,
    }),
    { eventual: advanced || odata.search !== undefined, signal },
  );
  return groups.flatMap((g) => parseGroup(g) ?? []).sort(byGroupName);
}

function filterClause(kind: GroupListFilter | undefined, skuIds: readonly SkuId[]) {
  switch (kind) {
    case 'security':
      return filter.eq('securityEnabled', true);
    case 'microsoft365':
      return "groupTypes/any(x:x eq 'Unified')";
    case 'dynamic':
      return "groupTypes/any(x:x eq 'DynamicMembership')";
    case 'licensed':
      // Groups assigning any of the organization's products (Graph has no count of a group's licences).
      return (
        filter.or(...skuIds.map((id) => filter.anyGuid('assignedLicenses', 'skuId', id))) ||
        filter.eq('id', '')
      );
    case 'errors':
      return filter.eq('hasMembersWithLicenseErrors', true);
    default:
      return undefined;
  }
}

export async function getGroups(
  params: GroupListParams,
  client: QueryClient,
  signal?: AbortSignal,
): Promise<Group[]> {
  const term = params.search.trim();
  const skuIds =
    params.filter === 'licensed'
      ? (await client.query({ ...productsQueryOptions(), staleTime: 'static' })).map((p) => p.skuId)
      : [];
  const clause = filterClause(params.filter, skuIds);
  return readGroups(
    {
      ...(term ? { search: searchTerm('displayName', term) } : {}),
      ...(clause ? { filter: clause } : {}),
      // One `any` clause per product: past 15 `or` clauses only an advanced query is answered.
      advanced: skuIds.length > STANDARD_CLAUSE_LIMIT,
    },
    signal,
  );
}

/**
 * The groups list; read again while a group on it is queued or processing (its column moves).
 * Groups the admin just created are on it while Graph's list lags (`pending-groups.ts`, which
 * finds the list's params in `meta`).
 */
export const groupsQueryOptions = (params: GroupListParams) =>
  queryOptions({
    queryKey: graphKeys.groups.list(params),
    queryFn: async ({ signal, client }) =>
      withPendingGroups(client, params, await getGroups(params, client, signal)),
    meta: { groupList: params },
    refetchInterval: (query) =>
      query.state.data?.some((g) => isProcessing(g.processingState)) ? PROCESSING_POLL_MS : false,
  });

export const useGroups = (params: GroupListParams) => useQuery(groupsQueryOptions(params));

/**
 * Groups with members in licence error (`hasMembersWithLicenseErrors eq true`), sorted by name:
 * the Overview's warning, the Errors column of the groups list and the users "with errors" filter.
 */
export const groupsWithLicenseErrorsQueryOptions = () =>
  queryOptions({
    queryKey: graphKeys.groups.withErrors,
    queryFn: ({ signal }) =>
      readGroups({ filter: filter.eq('hasMembersWithLicenseErrors', true) }, signal),
  });

export const useGroupsWithLicenseErrors = () => useQuery(groupsWithLicenseErrorsQueryOptions());

/** The groups that assign a product. */
export const licensedGroupsQueryOptions = (skuId: SkuId) =>
  queryOptions({
    queryKey: graphKeys.groups.licensed(skuId),
    queryFn: ({ signal }) =>
      readGroups({ filter: filter.anyGuid('assignedLicenses', 'skuId', skuId) }, signal),
  });

export const useLicensedGroups = (skuId: SkuId) => useQuery(licensedGroupsQueryOptions(skuId));

/**
 * Display names of groups by id, read by id (`GET /groups/{id}`, consistent at once, unlike lists)
 * through `$batch`, 20 per request; a group that cannot be read any more is named by its id.
 */
export async function getGroupNames(
  ids: readonly GroupId[],
  signal?: AbortSignal,
): Promise<ReadonlyMap<GroupId, string>> {
  const unique = [...new Set(ids)];
  const outcomes = await graph.batch<WireGroup>(
    unique.map((id) => ({
      method: 'GET' as const,
      url: withQuery(`/groups/${encodeURIComponent(id)}`, { select: ['id', 'displayName'] }),
    })),
    signal ? { signal } : {},
  );
  const names = new Map<GroupId, string>(unique.map((id) => [id, id]));
  for (const outcome of outcomes)
    if (outcome.ok && outcome.data.id)
      names.set(toGroupId(outcome.data.id), outcome.data.displayName ?? outcome.data.id);
  return names;
}

export const groupNamesQueryOptions = (ids: readonly GroupId[]) =>
  queryOptions({
    queryKey: graphKeys.groups.names(ids),
    queryFn: ({ signal }) => getGroupNames(ids, signal),
  });
