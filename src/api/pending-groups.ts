/**
 * Read-your-writes for groups the admin created (`pending-writes.ts`): a new group is on every
 * groups list it belongs on at once (the list's filter and search say whether it does) and stays
 * there while Graph's `GET /groups` lags, until Graph lists it.
 */
import type { QueryClient } from '@tanstack/react-query';
import { matchesSearchTerm } from '../lib/graph/odata';
import type { GroupId } from '../lib/ids';
import { graphKeys, type GroupListParams } from './keys';
import { byGroupName } from './parse-group';
import { PendingWrites } from './pending-writes';
import type { Group } from './types';

/** Every group created is pending in one scope: the groups lists. */
const SCOPE = 'created';
const pending = new PendingWrites<ReadonlyMap<GroupId, Group>>(
  'groups',
  () => graphKeys.groups.lists,
);

/** Whether a groups list with these filters would hold the group (as Graph would list it). */
function belongs(group: Group, params: GroupListParams): boolean {
  const term = params.search.trim();
  if (term !== '' && !matchesSearchTerm(group.displayName, term)) return false;
  switch (params.filter) {
    case 'security':
      return group.securityEnabled;
    case 'microsoft365':
      return group.isMicrosoft365;
    case 'dynamic':
      return group.isDynamic;
    case 'licensed':
      return group.licenses.length > 0;
    case 'errors':
      // A group just created has no members in licence error yet.
      return false;
    default:
      return true;
  }
}

/** The list with the pending groups that belong on it and are not listed yet, in name order. */
function overlay(
  list: readonly Group[],
  params: GroupListParams,
  created: Iterable<Group>,
): Group[] {
  const listed = new Set(list.map((g) => g.id));
  const missing = [...created].filter((g) => !listed.has(g.id) && belongs(g, params));
  return missing.length === 0 ? [...list] : [...list, ...missing].sort(byGroupName);
}

/** Records a group the admin created, and shows it at once on the cached lists it belongs on. */
export function recordCreatedGroup(client: QueryClient, group: Group): void {
  const now = pending.record(client, SCOPE, (before) => new Map(before).set(group.id, group));
  for (const query of client.getQueryCache().findAll({ queryKey: graphKeys.groups.lists })) {
    const params = groupListParamsOf(query.meta);
    if (params)
      client.setQueryData<Group[]>(query.queryKey, (list) =>
        list ? overlay(list, params, now.values()) : list,
      );
  }
}

/** The list params a groups list query carries in its `meta` (`groupsQueryOptions`). */
function groupListParamsOf(meta: Record<string, unknown> | undefined): GroupListParams | null {
  const params = meta?.groupList;
  return typeof params === 'object' && params !== null ? (params as GroupListParams) : null;
}

/**
 * A groups list as Graph answered it, with the groups the admin created that belong on it and
 * Graph does not list yet. A created group Graph lists stops being pending; while one that belongs
 * here is missing, the lists are read again later.
 */
export function withPendingGroups(
  client: QueryClient,
  params: GroupListParams,
  list: readonly Group[],
): Group[] {
  const created = pending.pending(client, SCOPE);
  if (!created) return [...list];
  const listed = new Set(list.map((g) => g.id));
  const remaining = new Map([...created].filter(([id]) => !listed.has(id)));
  const missingHere = [...remaining.values()].filter((g) => belongs(g, params));
  // A list the missing groups do not belong on tells nothing about them: no re-read for it.
  if (remaining.size < created.size || missingHere.length > 0)
    pending.settle(client, SCOPE, remaining.size === 0 ? null : remaining);
  return overlay(list, params, missingHere);
}
