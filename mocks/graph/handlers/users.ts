/** `/users`, `/users/{id | userPrincipalName}` and `/me`. */
import { http, type HttpHandler } from 'msw';
import { createUser, deleteUser, updateUser } from '../directory-users';
import type { Emulator } from '../emulator';
import { graphError } from '../errors';
import { graphRoute, jsonResponse, noContent } from '../http';
import { parseListQuery } from '../odata/query';
import { matchKeys } from '../odata/apply';
import { USER_SPEC } from '../resources/users';
import { requireUserRow } from '../rows';
import { indexedUserSource } from '../search/user-index';
import { onlyUsageLocation, parseUserBody } from '../user-input';
import { entityResponse, listResponse, V1 } from './common';

const LIST_CAPS = {
  select: true,
  filter: true,
  orderby: true,
  search: true,
  count: true,
  top: true,
} as const;

/** Handlers of the user resource. */
export function userHandlers(emulator: Emulator): HttpHandler[] {
  return [
    http.get(
      `${V1}/users`,
      graphRoute(emulator, {}, (ctx) =>
        listResponse(ctx, indexedUserSource(ctx.store), USER_SPEC, 'users', LIST_CAPS),
      ),
    ),

    http.get(
      `${V1}/users/$count`,
      graphRoute(emulator, {}, (ctx) => {
        if ((ctx.request.headers.get('consistencylevel') ?? '').toLowerCase() !== 'eventual')
          throw graphError.badRequest('$count is not currently supported.');
        const query = parseListQuery(ctx.url, ctx.request.headers, USER_SPEC, {
          filter: true,
          search: true,
        });
        const total = matchKeys(indexedUserSource(ctx.store), USER_SPEC, query).length;
        return new Response(String(total), {
          headers: {
            'content-type': 'text/plain',
            'request-id': ctx.requestId,
            'client-request-id': ctx.clientRequestId,
          },
        });
      }),
    ),

    http.post(
      `${V1}/users`,
      graphRoute(emulator, { action: 'user.create', body: 'json' }, (ctx, body) => {
        const patch = parseUserBody(body, 'create');
        const upn = patch.userPrincipalName;
        if (upn === undefined)
          throw graphError.badRequest(
            "Invalid value specified for property 'userPrincipalName' of resource 'User'.",
          );
        const id = createUser(ctx.store, { ...patch, userPrincipalName: upn }, ctx.actor());
        return entityResponse(ctx, requireUserRow(ctx.store, id), USER_SPEC, 'users', 201);
      }),
    ),

    http.get(
      `${V1}/me`,
      graphRoute(emulator, {}, (ctx) =>
        entityResponse(ctx, requireUserRow(ctx.store, ctx.adminId), USER_SPEC, 'users'),
      ),
    ),

    http.get(
      `${V1}/users/:id`,
      graphRoute(emulator, {}, (ctx) =>
        entityResponse(ctx, requireUserRow(ctx.store, ctx.params.id ?? ''), USER_SPEC, 'users'),
      ),
    ),

    http.patch(
      `${V1}/users/:id`,
      graphRoute(
        emulator,
        {
          action: (body) => (onlyUsageLocation(body) ? 'user.updateUsageLocation' : 'user.update'),
          body: 'json',
        },
        (ctx, body) => {
          const id = ctx.store.requireUserId(ctx.params.id ?? '');
          const patch = parseUserBody(body, 'update', ctx.store.tenant.profile(id));
          updateUser(ctx.store, id, patch, ctx.actor());
          return noContent(ctx);
        },
      ),
    ),

    http.delete(
      `${V1}/users/:id`,
      graphRoute(emulator, { action: 'user.delete' }, (ctx) => {
        const id = ctx.store.requireUserId(ctx.params.id ?? '');
        deleteUser(ctx.store, id, ctx.actor());
        return noContent(ctx);
      }),
    ),

    http.all(
      `${V1}/users/:id`,
      graphRoute(emulator, {}, () => {
        throw graphError.methodNotAllowed();
      }),
    ),
    http.all(
      `${V1}/users`,
      graphRoute(emulator, {}, () => {
        throw graphError.methodNotAllowed();
      }),
    ),
    http.all(
      `${V1}/me`,
      graphRoute(emulator, {}, () => {
        throw graphError.methodNotAllowed();
      }),
    ),
  ];
}

/** JSON of a user for action responses (`assignLicense`, reprocess): default properties. */
export function userActionResponse(
  ctx: Parameters<Parameters<typeof graphRoute>[2]>[0],
  id: string,
): Response {
  return jsonResponse(ctx, {
    '@odata.context': `${ctx.url.origin}/v1.0/$metadata#users/$entity`,
    ...defaultUser(ctx, id),
  });
}

function defaultUser(
  ctx: Parameters<Parameters<typeof graphRoute>[2]>[0],
  id: string,
): Record<string, unknown> {
  const row = requireUserRow(ctx.store, id);
  const out: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(USER_SPEC.properties))
    if (prop.default) out[name] = prop.get(row);
  return out;
}
