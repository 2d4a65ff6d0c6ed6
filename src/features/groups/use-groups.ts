/** `GET /groups` with the list's search (`$search`, eventual) and filter; every page, sorted by name. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { Group } from '../../lib/graph/graph-types';
import { filter, searchTerm, withQuery } from '../../lib/graph/odata';
import { collectAll } from '../../lib/graph/paging';
import type { GroupFilter } from './group-search';

const SELECT = [
  'id',
  'displayName',
  'description',
  'groupTypes',
  'securityEnabled',
  'mailEnabled',
  'assignedLicenses',
  'membershipRule',
];

export interface GroupListQuery {
  readonly q?: string | undefined;
  readonly filter?: GroupFilter | undefined;
  /** The organization's products, for the "licensed" filter (any of them assigned). */
  readonly skuIds?: readonly string[];
}

function filterClause(
  kind: GroupFilter | undefined,
  skuIds: readonly string[],
): string | undefined {
  switch (kind) {
    case 'security':
      return filter.eq('securityEnabled', true);
    case 'microsoft365':
      return "groupTypes/any(x:x eq 'Unified')";
    case 'dynamic':
      return "groupTypes/any(x:x eq 'DynamicMembership')";
    case 'licensed':
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

export async function getGroups(query: GroupListQuery, signal?: AbortSignal): Promise<Group[]> {
  const term = query.q?.trim() ?? '';
  const path = withQuery('/groups', {
    select: SELECT,
    top: 999,
    ...(term ? { search: searchTerm('displayName', term) } : {}),
    ...(filterClause(query.filter, query.skuIds ?? [])
      ? { filter: filterClause(query.filter, query.skuIds ?? []) }
      : {}),
  });
  const groups = await collectAll<Group>(graph, path, {
    eventual: term !== '',
    ...(signal ? { signal } : {}),
  });
  return groups.sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? ''));
}

export const groupsQueryOptions = (query: GroupListQuery) =>
  queryOptions({
    queryKey: [
      'graph',
      'groups',
      'list',
      query.q?.trim() ?? '',
      query.filter ?? 'all',
      query.skuIds ?? [],
    ],
    queryFn: ({ signal }) => getGroups(query, signal),
  });

export const useGroups = (query: GroupListQuery, enabled = true) =>
  useQuery({ ...groupsQueryOptions(query), enabled });

/** Ids of the groups with members in licence error (`hasMembersWithLicenseErrors eq true`), for the Errors column. */
export const groupsWithErrorsQueryOptions = () =>
  queryOptions({
    queryKey: ['graph', 'groups', 'list', 'with-errors'],
    queryFn: async ({ signal }) => {
      const path = withQuery('/groups', {
        select: ['id'],
        top: 999,
        filter: filter.eq('hasMembersWithLicenseErrors', true),
      });
      const groups = await collectAll<Group>(graph, path, { signal });
      return new Set(groups.map((g) => g.id));
    },
  });

export const useGroupsWithErrors = () => useQuery(groupsWithErrorsQueryOptions());
