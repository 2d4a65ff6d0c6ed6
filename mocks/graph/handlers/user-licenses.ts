/** Licensing on users: `assignLicense`, `reprocessLicenseAssignment`, `licenseDetails`, `memberOf`. */
import { licenseDetailsWire } from '../adapter';
import { assignUserLicenses, reprocessUser } from '../directory-users';
import { graphError } from '../errors';
import { parseAssignLicense } from '../input';
import type { ResourceSpec } from '../odata/model';
import { graphRoute, type ReadContext, type Route } from '../pipeline/route';
import { USER_SPEC } from '../resources/users';
import { requireUserRow } from '../rows';
import type { StoreReader } from '../store';
import {
  directoryObjectsResponse,
  directoryQuery,
  entityResponse,
  listQuery,
  listResponse,
  selectQuery,
} from './common';
import { memberOfSource } from './group-members';

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

function detailsOf(store: StoreReader, key: string): Detail[] {
  const row = requireUserRow(store, key);
  return licenseDetailsWire(row.id, row.license(), (skuId) => store.tenant.subscription(skuId));
}

const userAnswer = (ctx: ReadContext<string[] | null>, id: string) =>
  entityResponse(ctx, requireUserRow(ctx.store, id), USER_SPEC, 'users', ctx.query);

/** Routes of licensing actions and navigations on users. */
export const userLicenseRoutes: readonly Route[] = [
  graphRoute({
    method: 'POST',
    path: ['/users/:id/assignLicense', '/users/:id/microsoft.graph.assignLicense'],
    action: 'user.assignLicense',
    body: 'json',
    query: selectQuery(USER_SPEC),
    accept: (ctx) => ({
      id: ctx.store.requireUserId(ctx.params.id ?? ''),
      ...parseAssignLicense(ctx.body),
    }),
    apply: (ctx, { id, add, remove }) => {
      assignUserLicenses(ctx.store, id, add, remove, ctx.actor());
      return id;
    },
    respond: userAnswer,
  }),

  graphRoute({
    method: 'POST',
    path: [
      '/users/:id/reprocessLicenseAssignment',
      '/users/:id/microsoft.graph.reprocessLicenseAssignment',
    ],
    action: 'user.reprocess',
    query: selectQuery(USER_SPEC),
    accept: (ctx) => ctx.store.requireUserId(ctx.params.id ?? ''),
    apply: (ctx, id) => {
      reprocessUser(ctx.store, id, ctx.actor());
      return id;
    },
    respond: userAnswer,
  }),

  graphRoute({
    method: 'GET',
    path: '/users/:id/licenseDetails',
    query: listQuery(LICENSE_DETAILS_SPEC, { select: true, top: true }),
    respond: (ctx) =>
      listResponse(
        ctx,
        detailsOf(ctx.store, ctx.params.id ?? ''),
        LICENSE_DETAILS_SPEC,
        `users('${ctx.params.id ?? ''}')/licenseDetails`,
        ctx.query,
      ),
  }),

  graphRoute({
    method: 'GET',
    path: '/me/licenseDetails',
    query: listQuery(LICENSE_DETAILS_SPEC, { select: true, top: true }),
    respond: (ctx) =>
      listResponse(
        ctx,
        detailsOf(ctx.store, ctx.admin.id),
        LICENSE_DETAILS_SPEC,
        `users('${ctx.admin.id}')/licenseDetails`,
        ctx.query,
      ),
  }),

  graphRoute({
    method: 'GET',
    path: '/users/:id/licenseDetails/:detailId',
    query: selectQuery(LICENSE_DETAILS_SPEC),
    respond: (ctx) => {
      const detail = detailsOf(ctx.store, ctx.params.id ?? '').find(
        (d) => d.id === ctx.params.detailId,
      );
      if (!detail) throw graphError.notFound(ctx.params.detailId ?? '');
      return entityResponse(
        ctx,
        detail,
        LICENSE_DETAILS_SPEC,
        `users('${ctx.params.id ?? ''}')/licenseDetails`,
        ctx.query,
      );
    },
  }),

  graphRoute({
    method: 'GET',
    path: '/users/:id/memberOf',
    query: directoryQuery,
    respond: (ctx) => {
      const row = requireUserRow(ctx.store, ctx.params.id ?? '');
      return directoryObjectsResponse(ctx, memberOfSource(ctx.lists, row.id), ctx.query);
    },
  }),

  graphRoute({
    method: 'GET',
    path: '/me/memberOf',
    query: directoryQuery,
    respond: (ctx) =>
      directoryObjectsResponse(ctx, memberOfSource(ctx.lists, ctx.admin.id), ctx.query),
  }),
];
