/**
 * Emulator extensions that answer "what would happen" without changing anything:
 * `previewAssignLicense` and `previewMembershipRule` on a group (run in the engine's what-if and
 * rolled back), and `evaluateDynamicMembership` (Graph beta's `evaluateDynamicMembershipResult`:
 * does a user match a rule, and why, per sub-expression). Every role may call them; they are reads with a body.
 */
import {
  compileRule,
  type ExpressionResult,
  type UserImpact,
  type UserProfile,
} from '../../../src/engine';
import { graphError } from '../errors';
import { compileOrReject } from '../group-input';
import { jsonResponse } from '../http';
import { parseAssignLicense } from '../input';
import { graphRoute, type ReadContext, type Route } from '../pipeline/route';
import type { StoreReader } from '../store';
import { noQuery } from './common';

type RequestContext = ReadContext<null>;

/** Lists in a preview answer stop here; the totals say how many there are. */
export const PREVIEW_LIST_CAP = 500;

function userJson(store: StoreReader, impact: UserImpact) {
  return {
    userId: impact.userId,
    displayName: store.tenant.profile(impact.userId)?.displayName ?? null,
    gainedSkus: impact.gainedSkus,
    lostSkus: impact.lostSkus,
    gainedPlans: impact.gainedPlans,
    lostPlans: impact.lostPlans,
    newErrors: impact.newErrors.map((e) => ({ skuId: e.skuId, error: e.error })),
  };
}

function refJson(store: StoreReader, id: string) {
  return { id, displayName: store.tenant.profile(id)?.displayName ?? null };
}

function requireString(body: Record<string, unknown>, name: string, action: string): string {
  const value = body[name];
  if (value === undefined || value === null)
    throw graphError.badRequest(
      `One or more parameters of the operation '${action}' are missing from the request payload. The missing parameters are: ${name}.`,
    );
  if (typeof value !== 'string')
    throw graphError.badRequest(`Invalid value for parameter '${name}': a string is expected.`);
  return value;
}

function checkKeys(
  body: Record<string, unknown>,
  allowed: readonly string[],
  action: string,
): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key))
      throw graphError.badRequest(
        `The parameter '${key}' in the request payload is not a valid parameter for the operation '${action}'.`,
      );
  }
}

/** Per SKU, how many users get a seat of it and how many lose theirs (over every user, not a page). */
function skuEffects(users: readonly UserImpact[]) {
  const effects = new Map<string, { gain: number; lose: number }>();
  const effect = (skuId: string) => {
    const known = effects.get(skuId) ?? { gain: 0, lose: 0 };
    effects.set(skuId, known);
    return known;
  };
  for (const user of users) {
    for (const skuId of user.gainedSkus) effect(skuId).gain += 1;
    for (const skuId of user.lostSkus) effect(skuId).lose += 1;
  }
  return [...effects].map(([skuId, counts]) => ({ skuId, ...counts }));
}

/** How many new errors of each code (over every user). */
function newErrorsByCode(users: readonly UserImpact[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const user of users)
    for (const { error } of user.newErrors) counts[error] = (counts[error] ?? 0) + 1;
  return counts;
}

function previewAssignLicense(ctx: RequestContext): Response {
  const id = ctx.store.requireGroupId(ctx.params.id ?? '');
  const { add, remove } = parseAssignLicense(ctx.body);
  const impact = ctx.store.tenant.previewGroupLicenses(id, add, remove);
  return jsonResponse(ctx, {
    users: impact.users.slice(0, PREVIEW_LIST_CAP).map((u) => userJson(ctx.store, u)),
    totalUsers: impact.users.length,
    seatDelta: impact.seatDelta,
    newErrorCount: impact.newErrorCount,
    usersLosingLicenses: impact.users.filter((u) => u.lostSkus.length + u.lostPlans.length > 0)
      .length,
    newErrorsByCode: newErrorsByCode(impact.users),
    disabledPlanEffects: impact.disabledPlanEffects,
    enabledPlanEffects: impact.enabledPlanEffects,
    skuEffects: skuEffects(impact.users),
  });
}

function previewMembershipRule(ctx: RequestContext): Response {
  const body = ctx.body;
  const id = ctx.store.requireGroupId(ctx.params.id ?? '');
  checkKeys(body, ['membershipRule'], 'previewMembershipRule');
  const text = requireString(body, 'membershipRule', 'previewMembershipRule');
  const view = ctx.store.tenant.group(id);
  if (view?.membershipKind !== 'dynamic')
    throw graphError.badRequest(
      `Group '${id}' does not have dynamic membership; only a dynamic group's rule can be previewed.`,
    );
  const rule = compileOrReject(ctx.store.compileRule, text);
  const impact = ctx.store.tenant.previewMembershipRule(id, rule);
  return jsonResponse(ctx, {
    joined: impact.joined.slice(0, PREVIEW_LIST_CAP).map((u) => refJson(ctx.store, u)),
    left: impact.left.slice(0, PREVIEW_LIST_CAP).map((u) => refJson(ctx.store, u)),
    totalJoined: impact.joined.length,
    totalLeft: impact.left.length,
    users: impact.users.slice(0, PREVIEW_LIST_CAP).map((u) => userJson(ctx.store, u)),
    totalUsers: impact.users.length,
    usersLosingLicenses: impact.users.filter((u) => u.lostSkus.length + u.lostPlans.length > 0)
      .length,
    seatDelta: impact.seatDelta,
    newErrorCount: impact.newErrorCount,
  });
}

/** The user property a comparison reads and its value, when the expression starts with one. */
function propertyToEvaluate(
  text: string,
  user: UserProfile,
): { propertyName: string; propertyValue: string | null } | undefined {
  const match = /^\(?\s*user\.([A-Za-z0-9_]+)/i.exec(text);
  const name = match?.[1];
  if (!name) return undefined;
  const lower = name.toLowerCase();
  const attribute = Object.entries(user.extensionAttributes).find(
    ([k]) => k.toLowerCase() === lower,
  );
  const key = Object.keys(user).find((k) => k.toLowerCase() === lower) as
    keyof UserProfile | undefined;
  const raw: unknown = lower.startsWith('extensionattribute')
    ? (attribute?.[1] ?? null)
    : lower.startsWith('extension_')
      ? (user.extensions[lower] ?? null)
      : key
        ? user[key]
        : undefined;
  if (raw === undefined) return undefined;
  const value =
    raw === null
      ? null
      : Array.isArray(raw)
        ? raw.join(',')
        : typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
          ? String(raw)
          : JSON.stringify(raw);
  return { propertyName: name, propertyValue: value };
}

/**
 * Graph beta's `expressionEvaluationDetails`: an expression, its result, the user property it read,
 * and one `expressionEvaluationDetails` entry per sub-expression (left out on a leaf, as in Graph's
 * examples).
 */
interface ExpressionEvaluationDetails {
  expression: string;
  expressionResult: boolean;
  propertyToEvaluate?: { propertyName: string; propertyValue: string | null };
  expressionEvaluationDetails?: ExpressionEvaluationDetails[];
}

/**
 * Index of the parenthesis closing the one at `open`, or -1. Quoted strings are skipped: "double"
 * (`" escapes a quote) and 'single' ('' reads as closing and reopening, which skips the same text).
 */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (quote !== null) {
      if (c === quote && !(quote === '"' && text[i - 1] === '`')) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '(') {
      depth += 1;
    } else if (c === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** An expression as Graph writes it: without parentheses around the whole of it. */
function bareExpression(text: string): string {
  let bare = text.trim();
  while (bare.startsWith('(') && closingParen(bare, 0) === bare.length - 1)
    bare = bare.slice(1, -1).trim();
  return bare;
}

function details(node: ExpressionResult, user: UserProfile): ExpressionEvaluationDetails {
  const out: ExpressionEvaluationDetails = {
    expression: bareExpression(node.text),
    expressionResult: node.result,
  };
  if (node.kind === 'comparison') {
    const property = propertyToEvaluate(node.text, user);
    if (property) out.propertyToEvaluate = property;
  }
  if (node.children.length > 0)
    out.expressionEvaluationDetails = node.children.map((c) => details(c, user));
  return out;
}

function evaluate(ctx: RequestContext): Response {
  const body = ctx.body;
  const groupId = ctx.params.id === undefined ? null : ctx.store.requireGroupId(ctx.params.id);
  checkKeys(body, ['memberId', 'membershipRule'], 'evaluateDynamicMembership');
  const memberId = ctx.store.requireUserId(
    requireString(body, 'memberId', 'evaluateDynamicMembership'),
  );
  const user = ctx.store.tenant.profile(memberId);
  if (!user) throw graphError.notFound(memberId);
  let text =
    body.membershipRule === undefined || body.membershipRule === null
      ? null
      : requireString(body, 'membershipRule', 'evaluateDynamicMembership');
  if (text === null && groupId !== null)
    text = ctx.store.tenant.group(groupId)?.membershipRule ?? null;
  if (text === null) {
    throw graphError.badRequest(
      groupId === null
        ? "One or more parameters of the operation 'evaluateDynamicMembership' are missing from the request payload. The missing parameters are: membershipRule."
        : `Group '${groupId}' has no membership rule; send one in 'membershipRule'.`,
    );
  }
  compileOrReject(ctx.store.compileRule, text);
  const compiled = compileRule(text);
  if (!compiled.ok) throw graphError.badRequest('Dynamic membership rule validation error.');
  const tree = compiled.rule.explain(user, ctx.store.tenant.ruleContext());
  return jsonResponse(ctx, {
    membershipRule: text,
    membershipRuleEvaluationResult: tree.result,
    membershipRuleEvaluationDetails: details(tree, user),
  });
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
