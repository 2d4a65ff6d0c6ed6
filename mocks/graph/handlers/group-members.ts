/** Group membership: `members`, `members/$ref`, `membersWithLicenseErrors`. */
import { http, type HttpHandler } from 'msw';
import { addMember, removeMember } from '../directory-groups';
import type { Emulator } from '../emulator';
import { graphError } from '../errors';
import { graphRoute, noContent, type RequestContext } from '../http';
import { parseReference } from '../input';
import { groupRow, requireGroupRow, userRow } from '../rows';
import { directoryObjectsResponse, V1, type DirectoryRow } from './common';

function rowsOf(
  ctx: RequestContext,
  userIds: readonly string[],
  groupIds: readonly string[] = [],
): DirectoryRow[] {
  const users = userIds.flatMap((id) => {
    const row = userRow(ctx.store, id);
    return row ? [{ kind: 'user' as const, row }] : [];
  });
  const groups = groupIds.flatMap((id) => {
    const row = groupRow(ctx.store, id);
    return row ? [{ kind: 'group' as const, row }] : [];
  });
  return [...users, ...groups];
}

/** Role-assignable groups: only a Global Administrator changes their members (Privileged Role Administrator is not modelled). */
function checkRoleAssignable(ctx: RequestContext, groupId: string): void {
  if (
    ctx.store.requireGroup(groupId).isAssignableToRole &&
    !ctx.roles.includes('Global Administrator')
  )
    throw graphError.forbidden();
}

/** Handlers of group membership. */
export function groupMemberHandlers(emulator: Emulator): HttpHandler[] {
  const add = graphRoute(emulator, { action: 'group.members', body: 'json' }, (ctx, body) => {
    const groupId = ctx.store.requireGroupId(ctx.params.id ?? '');
    checkRoleAssignable(ctx, groupId);
    const ref = parseReference(body);
    const memberId =
      ctx.store.findUserId(ref) ??
      (ctx.store.groups.has(ref.toLowerCase()) ? ref.toLowerCase() : ref);
    addMember(ctx.store, groupId, memberId, ctx.actor());
    return noContent(ctx);
  });
  const remove = graphRoute(emulator, { action: 'group.members' }, (ctx) => {
    const groupId = ctx.store.requireGroupId(ctx.params.id ?? '');
    checkRoleAssignable(ctx, groupId);
    const raw = ctx.params.memberId ?? '';
    const memberId = ctx.store.findUserId(raw) ?? raw.toLowerCase();
    removeMember(ctx.store, groupId, memberId, ctx.actor());
    return noContent(ctx);
  });
  return [
    http.get(
      `${V1}/groups/:id/members`,
      graphRoute(emulator, {}, (ctx) => {
        const group = requireGroupRow(ctx.store, ctx.params.id ?? '');
        return directoryObjectsResponse(
          ctx,
          rowsOf(ctx, group.view.userMemberIds, group.view.groupMemberIds),
        );
      }),
    ),
    http.post(`${V1}/groups/:id/members/$ref`, add),
    http.post(`${V1}/groups/:id/members/%24ref`, add),
    http.delete(`${V1}/groups/:id/members/:memberId/$ref`, remove),
    http.delete(`${V1}/groups/:id/members/:memberId/%24ref`, remove),
    http.get(
      `${V1}/groups/:id/membersWithLicenseErrors`,
      graphRoute(emulator, {}, (ctx) => {
        const id = ctx.store.requireGroupId(ctx.params.id ?? '');
        return directoryObjectsResponse(
          ctx,
          rowsOf(ctx, ctx.store.tenant.membersWithLicenseErrors(id)),
        );
      }),
    ),
  ];
}
