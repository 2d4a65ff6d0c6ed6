/** `/groups`, `/groups/{id}` and `/groups/$count`. */
import {
  checkGroupUpdate,
  checkNewGroup,
  createGroup,
  deleteGroup,
  updateGroup,
  type NewGroupInput,
} from '../directory-groups';
import { graphError } from '../errors';
import { parseGroupBody, touchesRule } from '../group-input';
import type { GroupRow } from '../adapter';
import { jsonResponse, noContent } from '../http';
import { arraySource, contextUrl, project } from '../odata/apply';
import { graphRoute, type Route } from '../pipeline/route';
import { checkRoleAssignableGroup } from '../protections';
import { GROUP_SPEC } from '../resources/groups';
import { groupRows, requireGroupRow } from '../rows';
import {
  countQuery,
  countResponse,
  DIRECTORY_LIST_CAPS,
  entityResponse,
  listQuery,
  listResponse,
  manageableGroupId,
  noQuery,
  selectQuery,
} from './common';

/**
 * The emulator's extension to `licenseProcessingState` while a group is queued or processing: the
 * users its job has processed and holds in all, as instance annotations (`@emulator.…`), so the
 * portal can say "Processing 12,000 of 60,000 users". Not in the `graph` profile: Graph has only
 * `state`.
 */
function withProgress(
  ctx: { readonly extensions: boolean },
  json: Record<string, unknown>,
  row: GroupRow,
): Record<string, unknown> {
  const state = json.licenseProcessingState;
  const view = row.view;
  if (!ctx.extensions || typeof state !== 'object' || state === null) return json;
  if (view.licenseProcessingState === 'ProcessingComplete') return json;
  return {
    ...json,
    licenseProcessingState: {
      ...state,
      '@emulator.processedUserCount': view.progress.processed,
      '@emulator.totalUserCount': view.progress.total,
    },
  };
}

/** Routes of the group resource. */
export const groupRoutes: readonly Route[] = [
  graphRoute({
    method: 'GET',
    path: '/groups',
    query: listQuery(GROUP_SPEC, DIRECTORY_LIST_CAPS),
    respond: (ctx) =>
      listResponse(ctx, groupRows(ctx.lists), GROUP_SPEC, 'groups', ctx.query, (json, row) =>
        withProgress(ctx, json, row),
      ),
  }),

  graphRoute({
    method: 'GET',
    path: '/groups/$count',
    query: countQuery(GROUP_SPEC),
    respond: (ctx) => countResponse(ctx, arraySource(groupRows(ctx.lists)), GROUP_SPEC, ctx.query),
  }),

  graphRoute({
    method: 'POST',
    path: '/groups',
    action: 'group.create',
    body: 'json',
    query: selectQuery(GROUP_SPEC),
    accept: (ctx): NewGroupInput => {
      const input = parseGroupBody(ctx.body, 'create', ctx.store.compileRule);
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
      const complete = { ...input, displayName, mailEnabled, mailNickname, securityEnabled };
      checkNewGroup(complete);
      checkRoleAssignableGroup(ctx.admin.roles, complete.isAssignableToRole);
      return complete;
    },
    apply: (ctx, input) => createGroup(ctx.store, input, ctx.actor()),
    respond: (ctx, id) =>
      entityResponse(ctx, requireGroupRow(ctx.store, id), GROUP_SPEC, 'groups', ctx.query, 201),
  }),

  graphRoute({
    method: 'GET',
    path: '/groups/:id',
    query: selectQuery(GROUP_SPEC),
    respond: (ctx) => {
      const row = requireGroupRow(ctx.store, ctx.params.id ?? '');
      return jsonResponse(ctx, {
        '@odata.context': contextUrl(ctx.url.origin, 'groups', ctx.query, true),
        ...withProgress(ctx, project(row, GROUP_SPEC, ctx.query), row),
      });
    },
  }),

  graphRoute({
    method: 'PATCH',
    path: '/groups/:id',
    action: (body) => (touchesRule(body) ? 'group.rule' : 'group.update'),
    body: 'json',
    query: noQuery,
    accept: (ctx) => {
      const id = manageableGroupId(ctx);
      const input = parseGroupBody(ctx.body, 'update', ctx.store.compileRule);
      checkGroupUpdate(ctx.store, id, input);
      return { id, input };
    },
    apply: (ctx, { id, input }) => {
      updateGroup(ctx.store, id, input, ctx.actor());
    },
    respond: (ctx) => noContent(ctx),
  }),

  graphRoute({
    method: 'DELETE',
    path: '/groups/:id',
    action: 'group.delete',
    query: noQuery,
    accept: manageableGroupId,
    apply: (ctx, id) => {
      deleteGroup(ctx.store, id, ctx.actor());
    },
    respond: (ctx) => noContent(ctx),
  }),
];
