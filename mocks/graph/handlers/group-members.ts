/**
 * Group membership: `members` (with the OData casts to users or groups, and their counts),
 * `members/$ref`, `membersWithLicenseErrors`.
 */
import { addMember, removeMember } from '../directory-groups';
import { errorMessages, graphError } from '../errors';
import { noContent, textResponse } from '../http';
import { parseReference } from '../input';
import type { RowSource } from '../odata/apply';
import type { GroupView } from '../../../src/engine';
import { graphRoute, type QueryDecl, type ReadContext, type Route } from '../pipeline/route';
import { groupRow, requireGroupRow, userRow } from '../rows';
import type { StoreReader } from '../store';
import {
  directoryObjectsResponse,
  directoryQuery,
  manageableGroupId,
  noQuery,
  type DirectoryRoleRow,
  type DirectoryRow,
} from './common';
import { ROLE_TEMPLATE_IDS } from '../../../src/engine/roles';

/**
 * Users, then groups, as a directory-object source. Rows are built only for the page answered,
 * so listing a 60,000-member group does not build 60,000 rows.
 */
export function directorySource(
  store: StoreReader,
  userIds: readonly string[],
  groupIds: readonly string[],
): RowSource<string, DirectoryRow> {
  const users = userIds.filter((id) => store.users.has(id));
  const groups = groupIds.filter((id) => store.groups.has(id));
  const keys = groups.length === 0 ? users : [...users, ...groups];
  const isUser = (id: string) => store.users.has(id);
  const row = (id: string): DirectoryRow => {
    const user = isUser(id) ? userRow(store, id) : undefined;
    if (user) return { kind: 'user', row: user };
    const group = groupRow(store, id);
    if (group) return { kind: 'group', row: group };
    throw new Error(`Directory object ${id} vanished while it was listed.`);
  };
  return { keys, cursor: row, row };
}

/**
 * What a user is a member of (`/users/{id}/memberOf`, `/me/memberOf`): the directory roles it holds
 * (`microsoft.graph.directoryRole`, with `roleTemplateId`), then its groups as lists see them.
 */
export function memberOfSource(
  store: StoreReader,
  userId: string,
): RowSource<string, DirectoryRow> {
  const roles = new Map<string, DirectoryRoleRow>(
    store.rolesOf(userId).map((role) => {
      const templateId = ROLE_TEMPLATE_IDS[role];
      return [templateId, { id: templateId, displayName: role, roleTemplateId: templateId }];
    }),
  );
  const groups = directorySource(store, [], store.tenant.memberOf(userId));
  const row = (key: string): DirectoryRow => {
    const role = roles.get(key);
    return role ? { kind: 'role', row: role } : groups.row(key);
  };
  return { keys: [...roles.keys(), ...groups.keys], cursor: row, row };
}

/** `members/$count`: `ConsistencyLevel: eventual`, as Graph needs for `$count`; no other option. */
const memberCountQuery: QueryDecl<null> = {
  parse(url, headers) {
    if ((headers.get('consistencylevel') ?? '').toLowerCase() !== 'eventual')
      throw graphError.badRequest(errorMessages.countNeedsConsistency);
    return noQuery.parse(url, headers);
  },
};

/**
 * The group of `:id`, found by id at once, with its members as lists see them (the graph
 * profile's lag).
 */
function listedGroup(ctx: ReadContext<unknown>): GroupView | undefined {
  const id = requireGroupRow(ctx.store, ctx.params.id ?? '').id;
  return ctx.lists.tenant.group(id);
}

/**
 * `members/microsoft.graph.user` or `members/microsoft.graph.group`, the OData casts Graph
 * documents: only the direct members of that type (each still with its `@odata.type`).
 */
function castMembersRoute(type: 'user' | 'group'): Route {
  return graphRoute({
    method: 'GET',
    path: `/groups/:id/members/microsoft.graph.${type}`,
    query: directoryQuery,
    respond: (ctx) => {
      const view = listedGroup(ctx);
      const users = type === 'user' ? (view?.userMemberIds ?? []) : [];
      const groups = type === 'group' ? (view?.groupMemberIds ?? []) : [];
      return directoryObjectsResponse(ctx, directorySource(ctx.lists, users, groups), ctx.query);
    },
  });
}

/** Routes of group membership. */
export const groupMemberRoutes: readonly Route[] = [
  graphRoute({
    method: 'GET',
    path: '/groups/:id/members/$count',
    query: memberCountQuery,
    respond: (ctx) => {
      // Direct members, users and groups.
      const view = listedGroup(ctx);
      const groups = (view?.groupMemberIds ?? []).filter((g) => ctx.lists.groups.has(g)).length;
      return textResponse(ctx, String((view?.userMemberCount ?? 0) + groups));
    },
  }),

  graphRoute({
    method: 'GET',
    path: '/groups/:id/members/microsoft.graph.user/$count',
    query: memberCountQuery,
    // The OData cast Graph documents: direct user members only, without reading them.
    respond: (ctx) => textResponse(ctx, String(listedGroup(ctx)?.userMemberCount ?? 0)),
  }),

  castMembersRoute('user'),
  castMembersRoute('group'),

  graphRoute({
    method: 'GET',
    path: '/groups/:id/members',
    query: directoryQuery,
    respond: (ctx) => {
      const view = listedGroup(ctx);
      return directoryObjectsResponse(
        ctx,
        directorySource(ctx.lists, view?.userMemberIds ?? [], view?.groupMemberIds ?? []),
        ctx.query,
      );
    },
  }),

  graphRoute({
    method: 'POST',
    path: '/groups/:id/members/$ref',
    action: 'group.members',
    body: 'json',
    query: noQuery,
    accept: (ctx) => {
      const groupId = manageableGroupId(ctx);
      const ref = parseReference(ctx.body);
      const memberId =
        ctx.store.findUserId(ref) ??
        (ctx.store.groups.has(ref.toLowerCase()) ? ref.toLowerCase() : ref);
      return { groupId, memberId };
    },
    apply: (ctx, { groupId, memberId }) => {
      addMember(ctx.store, groupId, memberId, ctx.actor());
    },
    respond: (ctx) => noContent(ctx),
  }),

  graphRoute({
    method: 'DELETE',
    path: '/groups/:id/members/:memberId/$ref',
    action: 'group.members',
    query: noQuery,
    accept: (ctx) => {
      const groupId = manageableGroupId(ctx);
      const raw = ctx.params.memberId ?? '';
      return { groupId, memberId: ctx.store.findUserId(raw) ?? raw.toLowerCase() };
    },
    apply: (ctx, { groupId, memberId }) => {
      removeMember(ctx.store, groupId, memberId, ctx.actor());
    },
    respond: (ctx) => noContent(ctx),
  }),

  graphRoute({
    method: 'GET',
    path: '/groups/:id/membersWithLicenseErrors',
    query: directoryQuery,
    respond: (ctx) => {
      const id = ctx.store.requireGroupId(ctx.params.id ?? '');
      return directoryObjectsResponse(
        ctx,
        directorySource(ctx.store, ctx.store.tenant.membersWithLicenseErrors(id), []),
        ctx.query,
      );
    },
  }),
];
