/** `/users`, `/users/{id | userPrincipalName}`, `/users/$count` and `/me`. */
import { createUser, deleteUser, ensureUniqueUpn, updateUser } from '../directory-users';
import { graphError } from '../errors';
import { noContent } from '../http';
import { graphRoute, type Route } from '../pipeline/route';
import { listedUserSource } from '../profile/replica';
import { checkUserAction } from '../protections';
import { USER_SPEC } from '../resources/users';
import { requireUserRow } from '../rows';
import { onlyUsageLocation, parseUserBody } from '../user-input';
import {
  countQuery,
  countResponse,
  DIRECTORY_LIST_CAPS,
  entityResponse,
  listQuery,
  listResponse,
  noQuery,
  selectQuery,
} from './common';

/** Routes of the user resource. */
export const userRoutes: readonly Route[] = [
  graphRoute({
    method: 'GET',
    path: '/users',
    query: listQuery(USER_SPEC, DIRECTORY_LIST_CAPS),
    respond: (ctx) => listResponse(ctx, listedUserSource(ctx.lists), USER_SPEC, 'users', ctx.query),
  }),

  graphRoute({
    method: 'GET',
    path: '/users/$count',
    query: countQuery(USER_SPEC),
    respond: (ctx) => countResponse(ctx, listedUserSource(ctx.lists), USER_SPEC, ctx.query),
  }),

  graphRoute({
    method: 'POST',
    path: '/users',
    action: 'user.create',
    body: 'json',
    query: selectQuery(USER_SPEC),
    accept: (ctx) => {
      const patch = parseUserBody(ctx.body, 'create');
      const upn = patch.userPrincipalName;
      if (upn === undefined)
        throw graphError.badRequest(
          "Invalid value specified for property 'userPrincipalName' of resource 'User'.",
        );
      ensureUniqueUpn(ctx.store, upn, null);
      return { ...patch, userPrincipalName: upn };
    },
    apply: (ctx, input) => createUser(ctx.store, input, ctx.actor()),
    respond: (ctx, id) =>
      entityResponse(ctx, requireUserRow(ctx.store, id), USER_SPEC, 'users', ctx.query, 201),
  }),

  graphRoute({
    method: 'GET',
    path: '/me',
    query: selectQuery(USER_SPEC),
    respond: (ctx) =>
      entityResponse(ctx, requireUserRow(ctx.store, ctx.admin.id), USER_SPEC, 'users', ctx.query),
  }),

  graphRoute({
    method: 'GET',
    path: '/users/:id',
    query: selectQuery(USER_SPEC),
    respond: (ctx) =>
      entityResponse(
        ctx,
        requireUserRow(ctx.store, ctx.params.id ?? ''),
        USER_SPEC,
        'users',
        ctx.query,
      ),
  }),

  graphRoute({
    method: 'PATCH',
    path: '/users/:id',
    action: (body) => (onlyUsageLocation(body) ? 'user.updateUsageLocation' : 'user.update'),
    body: 'json',
    query: noQuery,
    accept: (ctx) => {
      const id = ctx.store.requireUserId(ctx.params.id ?? '');
      const patch = parseUserBody(ctx.body, 'update', ctx.store.tenant.profile(id));
      if (patch.userPrincipalName !== undefined)
        ensureUniqueUpn(ctx.store, patch.userPrincipalName, id);
      checkUserAction(ctx.store, ctx.admin.roles, id, { kind: 'update', body: ctx.body });
      return { id, patch };
    },
    apply: (ctx, { id, patch }) => {
      updateUser(ctx.store, id, patch, ctx.actor());
    },
    respond: (ctx) => noContent(ctx),
  }),

  graphRoute({
    method: 'DELETE',
    path: '/users/:id',
    action: 'user.delete',
    query: noQuery,
    accept: (ctx) => {
      const id = ctx.store.requireUserId(ctx.params.id ?? '');
      checkUserAction(ctx.store, ctx.admin.roles, id, { kind: 'delete' });
      return id;
    },
    apply: (ctx, id) => {
      deleteUser(ctx.store, id, ctx.actor());
    },
    respond: (ctx) => noContent(ctx),
  }),
];
