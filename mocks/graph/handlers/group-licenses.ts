/**
 * Licensing on groups: `assignLicense` (202 Accepted, processed in the background) and the
 * emulator extension `reprocessLicenseAssignment` (Graph has no public group reprocess).
 */
import { http, type HttpHandler } from 'msw';
import { assignGroupLicenses, reprocessGroup } from '../directory-groups';
import type { Emulator } from '../emulator';
import { graphRoute, type RequestContext } from '../http';
import { parseAssignLicense } from '../input';
import { GROUP_SPEC } from '../resources/groups';
import { requireGroupRow } from '../rows';
import { entityResponse, V1 } from './common';

function accepted(ctx: RequestContext, id: string): Response {
  const location = `${ctx.url.origin}/v2/${ctx.store.organization.id}/directoryObjects/${id}/Microsoft.DirectoryServices.Group`;
  return entityResponse(ctx, requireGroupRow(ctx.store, id), GROUP_SPEC, 'groups', 202, {
    location,
  });
}

/** Handlers of licensing actions on groups. */
export function groupLicenseHandlers(emulator: Emulator): HttpHandler[] {
  const assign = graphRoute(
    emulator,
    { action: 'group.assignLicense', body: 'json' },
    (ctx, body) => {
      const id = ctx.store.requireGroupId(ctx.params.id ?? '');
      const { add, remove } = parseAssignLicense(body);
      assignGroupLicenses(ctx.store, id, add, remove, ctx.actor());
      return accepted(ctx, id);
    },
  );
  const reprocess = graphRoute(emulator, { action: 'group.reprocess' }, (ctx) => {
    const id = ctx.store.requireGroupId(ctx.params.id ?? '');
    reprocessGroup(ctx.store, id, ctx.actor());
    return accepted(ctx, id);
  });
  return [
    http.post(`${V1}/groups/:id/assignLicense`, assign),
    http.post(`${V1}/groups/:id/microsoft.graph.assignLicense`, assign),
    http.post(`${V1}/groups/:id/reprocessLicenseAssignment`, reprocess),
  ];
}
