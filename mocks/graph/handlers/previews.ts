/**
 * Emulator extensions that answer "what would happen" without changing anything:
 * `previewAssignLicense` and `previewMembershipRule` on a group (run in the engine's what-if and
 * rolled back), and `evaluateDynamicMembership` (Graph beta's `evaluateDynamicMembershipResult`:
 * does a user match a rule, and why, per sub-expression). Every role may call them; they are reads
 * with a body. The answers are computed in `src/lib/previews`, which the tenant-copy worker of live
 * mode calls too, so both give the same JSON; a `PreviewRefusal` goes out as Graph's error
 * (`toGraphError`).
 */
import { evaluationAnswer, evaluationMemberId } from '../../../src/lib/previews/evaluation';
import {
  licensePreviewAnswer,
  rulePreviewAnswer,
} from '../../../src/lib/previews/license-and-rule';
import { jsonResponse } from '../http';
import { parseAssignLicense } from '../input';
import { graphRoute, type ReadContext, type Route } from '../pipeline/route';
import { noQuery } from './common';

export { PREVIEW_LIST_CAP } from '../../../src/lib/previews/license-and-rule';

type RequestContext = ReadContext<null>;

function previewAssignLicense(ctx: RequestContext): Response {
  const id = ctx.store.requireGroupId(ctx.params.id ?? '');
  const { add, remove } = parseAssignLicense(ctx.body);
  return jsonResponse(ctx, licensePreviewAnswer(ctx.store.tenant, id, add, remove));
}

function previewMembershipRule(ctx: RequestContext): Response {
  const id = ctx.store.requireGroupId(ctx.params.id ?? '');
  return jsonResponse(
    ctx,
    rulePreviewAnswer(ctx.store.tenant, ctx.store.compileRule, id, ctx.body),
  );
}

function evaluate(ctx: RequestContext): Response {
  const groupId = ctx.params.id === undefined ? null : ctx.store.requireGroupId(ctx.params.id);
  const memberId = ctx.store.requireUserId(evaluationMemberId(ctx.body));
  return jsonResponse(
    ctx,
    evaluationAnswer(ctx.store.tenant, ctx.store.compileRule, groupId, memberId, ctx.body),
  );
}

/** Routes of the preview and evaluate extensions: reads with a body, open to every role. */
export const previewRoutes: readonly Route[] = [
  graphRoute({
    method: 'POST',
    path: [
      '/groups/evaluateDynamicMembership',
      '/groups/microsoft.graph.evaluateDynamicMembership',
      '/groups/:id/evaluateDynamicMembership',
    ],
    body: 'json',
    query: noQuery,
    // Graph has it in beta only.
    graphHasIt: false,
    respond: evaluate,
  }),
  graphRoute({
    method: 'POST',
    path: '/groups/:id/previewAssignLicense',
    body: 'json',
    query: noQuery,
    graphHasIt: false,
    respond: previewAssignLicense,
  }),
  graphRoute({
    method: 'POST',
    path: '/groups/:id/previewMembershipRule',
    body: 'json',
    query: noQuery,
    graphHasIt: false,
    respond: previewMembershipRule,
  }),
];
