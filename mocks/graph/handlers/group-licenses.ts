/**
 * Licensing on groups: `assignLicense` (202 Accepted, processed in the background) and the
 * emulator extension `reprocessLicenseAssignment` (Graph has no public group reprocess).
 */
import { assignGroupLicenses, reprocessGroup } from '../directory-groups';
import { parseAssignLicense } from '../input';
import { graphRoute, type ReadContext, type Route } from '../pipeline/route';
import { GROUP_SPEC } from '../resources/groups';
import { requireGroupRow } from '../rows';
import { entityResponse, selectQuery } from './common';

function accepted(ctx: ReadContext<string[] | null>, id: string): Response {
  const location = `${ctx.url.origin}/v2/${ctx.store.organization.id}/directoryObjects/${id}/Microsoft.DirectoryServices.Group`;
  return entityResponse(ctx, requireGroupRow(ctx.store, id), GROUP_SPEC, 'groups', ctx.query, 202, {
    location,
  });
}

/** Routes of licensing actions on groups. */
export const groupLicenseRoutes: readonly Route[] = [
  graphRoute({
    method: 'POST',
    path: ['/groups/:id/assignLicense', '/groups/:id/microsoft.graph.assignLicense'],
    action: 'group.assignLicense',
    body: 'json',
    query: selectQuery(GROUP_SPEC),
    accept: (ctx) => ({
      id: ctx.store.requireGroupId(ctx.params.id ?? ''),
      ...parseAssignLicense(ctx.body),
    }),
    apply: (ctx, { id, add, remove }) => {
      assignGroupLicenses(ctx.store, id, add, remove, ctx.actor());
      return id;
    },
    respond: accepted,
  }),

  graphRoute({
    method: 'POST',
    path: '/groups/:id/reprocessLicenseAssignment',
    action: 'group.reprocess',
    query: selectQuery(GROUP_SPEC),
    accept: (ctx) => ctx.store.requireGroupId(ctx.params.id ?? ''),
    apply: (ctx, id) => {
      reprocessGroup(ctx.store, id, ctx.actor());
      return id;
    },
    respond: accepted,
  }),
];
