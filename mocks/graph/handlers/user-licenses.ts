/** Licensing on users: `assignLicense`, `reprocessLicenseAssignment`, `licenseDetails`, `memberOf`. */
import { http, type HttpHandler } from 'msw';
import { licenseDetailsWire } from '../adapter';
import { assignUserLicenses, reprocessUser } from '../directory-users';
import type { Emulator } from '../emulator';
import { graphError } from '../errors';
import { graphRoute, jsonResponse, type RequestContext } from '../http';
import { parseAssignLicense } from '../input';
import { contextUrl } from '../odata/apply';
import { parseSelect, refuseUnsupported, systemOptions } from '../odata/query';
import type { ResourceSpec } from '../odata/model';
import { groupRow, requireUserRow } from '../rows';
import { directoryObjectsResponse, listResponse, V1 } from './common';
import { userActionResponse } from './users';

type Detail = Record<string, unknown>;

/** `licenseDetails` as an OData resource (only `$select`). */
const LICENSE_DETAILS_SPEC: ResourceSpec<Detail> = {
  typeName: 'licenseDetails',
  resourceName: 'LicenseDetails',
  directoryObject: false,
  properties: {
    id: { get: (d) => d.id, default: true },
    skuId: { get: (d) => d.skuId, default: true },
    skuPartNumber: { get: (d) => d.skuPartNumber, default: true },
    servicePlans: { get: (d) => d.servicePlans, default: true },
  },
};

function detailsOf(ctx: RequestContext, key: string): Detail[] {
  const row = requireUserRow(ctx.store, key);
  return licenseDetailsWire(row.id, row.license(), (skuId) => ctx.store.tenant.subscription(skuId));
}

/** Handlers of licensing actions and navigations on users. */
export function userLicenseHandlers(emulator: Emulator): HttpHandler[] {
  const assign = graphRoute(
    emulator,
    { action: 'user.assignLicense', body: 'json' },
    (ctx, body) => {
      const id = ctx.store.requireUserId(ctx.params.id ?? '');
      const { add, remove } = parseAssignLicense(body);
      assignUserLicenses(ctx.store, id, add, remove, ctx.actor());
      return userActionResponse(ctx, id);
    },
  );
  const reprocess = graphRoute(emulator, { action: 'user.reprocess' }, (ctx) => {
    const id = ctx.store.requireUserId(ctx.params.id ?? '');
    reprocessUser(ctx.store, id, ctx.actor());
    return userActionResponse(ctx, id);
  });
  return [
    http.post(`${V1}/users/:id/assignLicense`, assign),
    http.post(`${V1}/users/:id/microsoft.graph.assignLicense`, assign),
    http.post(`${V1}/users/:id/reprocessLicenseAssignment`, reprocess),
    http.post(`${V1}/users/:id/microsoft.graph.reprocessLicenseAssignment`, reprocess),

    http.get(
      `${V1}/users/:id/licenseDetails`,
      graphRoute(emulator, {}, (ctx) =>
        listResponse(
          ctx,
          detailsOf(ctx, ctx.params.id ?? ''),
          LICENSE_DETAILS_SPEC,
          `users('${ctx.params.id ?? ''}')/licenseDetails`,
          { select: true, top: true },
        ),
      ),
    ),
    http.get(
      `${V1}/me/licenseDetails`,
      graphRoute(emulator, {}, (ctx) =>
        listResponse(
          ctx,
          detailsOf(ctx, ctx.adminId),
          LICENSE_DETAILS_SPEC,
          `users('${ctx.adminId}')/licenseDetails`,
          { select: true, top: true },
        ),
      ),
    ),

    http.get(
      `${V1}/users/:id/licenseDetails/:detailId`,
      graphRoute(emulator, {}, (ctx) => {
        const detail = detailsOf(ctx, ctx.params.id ?? '').find(
          (d) => d.id === ctx.params.detailId,
        );
        if (!detail) throw graphError.notFound(ctx.params.detailId ?? '');
        const options = systemOptions(ctx.url);
        refuseUnsupported(options, { select: true });
        const select = parseSelect(options.get('$select'), LICENSE_DETAILS_SPEC);
        const body = select ? Object.fromEntries(select.map((k) => [k, detail[k]])) : detail;
        return jsonResponse(ctx, {
          '@odata.context': contextUrl(
            ctx.url.origin,
            `users('${ctx.params.id ?? ''}')/licenseDetails`,
            select,
            true,
          ),
          ...body,
        });
      }),
    ),

    http.get(
      `${V1}/users/:id/memberOf`,
      graphRoute(emulator, {}, (ctx) => {
        const row = requireUserRow(ctx.store, ctx.params.id ?? '');
        const groups = ctx.store.tenant.memberOf(row.id).flatMap((gid) => {
          const g = groupRow(ctx.store, gid);
          return g ? [{ kind: 'group' as const, row: g }] : [];
        });
        return directoryObjectsResponse(ctx, groups);
      }),
    ),
  ];
}
