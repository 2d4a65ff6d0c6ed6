/** `/groups` and `/groups/{id}`. */
import { http, type HttpHandler } from 'msw';
import { createGroup, deleteGroup, updateGroup } from '../directory-groups';
import type { Emulator } from '../emulator';
import { graphError } from '../errors';
import { parseGroupBody, touchesRule } from '../group-input';
import { graphRoute, noContent } from '../http';
import { runQuery } from '../odata/apply';
import { parseListQuery } from '../odata/query';
import { GROUP_SPEC } from '../resources/groups';
import { groupRows, requireGroupRow } from '../rows';
import { entityResponse, listResponse, V1 } from './common';

const LIST_CAPS = {
  select: true,
  filter: true,
  orderby: true,
  search: true,
  count: true,
  top: true,
} as const;

/** Handlers of the group resource. */
export function groupHandlers(emulator: Emulator): HttpHandler[] {
  return [
    http.get(
      `${V1}/groups`,
      graphRoute(emulator, {}, (ctx) =>
        listResponse(ctx, groupRows(ctx.store), GROUP_SPEC, 'groups', LIST_CAPS),
      ),
    ),

    http.get(
      `${V1}/groups/$count`,
      graphRoute(emulator, {}, (ctx) => {
        if ((ctx.request.headers.get('consistencylevel') ?? '').toLowerCase() !== 'eventual')
          throw graphError.badRequest('$count is not currently supported.');
        const query = parseListQuery(ctx.url, ctx.request.headers, GROUP_SPEC, {
          filter: true,
          search: true,
        });
        const total = runQuery(
          groupRows(ctx.store),
          GROUP_SPEC,
          query,
          Number.MAX_SAFE_INTEGER,
        ).total;
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
      `${V1}/groups`,
      graphRoute(emulator, { action: 'group.create', body: 'json' }, (ctx, body) => {
        const input = parseGroupBody(body, 'create', ctx.store.compileRule);
        const { displayName, mailEnabled, mailNickname, securityEnabled } = input;
        if (
          displayName === undefined ||
          mailEnabled === undefined ||
          mailNickname === undefined ||
          securityEnabled === undefined
        ) {
          throw graphError.badRequest(
            "Invalid value specified for property 'displayName' of resource 'Group'.",
          );
        }
        const id = createGroup(
          ctx.store,
          { ...input, displayName, mailEnabled, mailNickname, securityEnabled },
          ctx.actor(),
        );
        return entityResponse(ctx, requireGroupRow(ctx.store, id), GROUP_SPEC, 'groups', 201);
      }),
    ),

    http.get(
      `${V1}/groups/:id`,
      graphRoute(emulator, {}, (ctx) =>
        entityResponse(ctx, requireGroupRow(ctx.store, ctx.params.id ?? ''), GROUP_SPEC, 'groups'),
      ),
    ),

    http.patch(
      `${V1}/groups/:id`,
      graphRoute(
        emulator,
        { action: (body) => (touchesRule(body) ? 'group.rule' : 'group.update'), body: 'json' },
        (ctx, body) => {
          const id = ctx.store.requireGroupId(ctx.params.id ?? '');
          const input = parseGroupBody(body, 'update', ctx.store.compileRule);
          updateGroup(ctx.store, id, input, ctx.actor());
          return noContent(ctx);
        },
      ),
    ),

    http.delete(
      `${V1}/groups/:id`,
      graphRoute(emulator, { action: 'group.delete' }, (ctx) => {
        const id = ctx.store.requireGroupId(ctx.params.id ?? '');
        deleteGroup(ctx.store, id, ctx.actor());
        return noContent(ctx);
      }),
    ),

    http.all(
      `${V1}/groups/:id`,
      graphRoute(emulator, {}, () => {
        throw graphError.methodNotAllowed();
      }),
    ),
    http.all(
      `${V1}/groups`,
      graphRoute(emulator, {}, () => {
        throw graphError.methodNotAllowed();
      }),
    ),
  ];
}
