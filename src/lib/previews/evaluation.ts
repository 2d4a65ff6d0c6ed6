/**
 * The answer of `evaluateDynamicMembership` (Graph beta's `evaluateDynamicMembershipResult`: does a
 * user match a rule, and why, per sub-expression) from an engine tenant; shared by the emulator's
 * handler and the tenant-copy worker, like the previews (`license-and-rule.ts`).
 */
import { compileRule, type ExpressionResult, type Tenant, type UserProfile } from '../../engine';
import { checkKeys, requireString, type RequestBody } from './license-and-rule';
import { badRequest, notFound, refusalWords } from './refusal';
import { compileOrRefuse, type RuleCompiler } from './rule-compile';

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

/** What the evaluation reads of a tenant. */
export type EvaluationTenant = Pick<Tenant, 'profile' | 'group' | 'ruleContext'>;

/**
 * `evaluateDynamicMembership` for a user known to the tenant; `groupId` is the group of the URL
 * (null for `/groups/evaluateDynamicMembership`), whose own rule is used when the body has none.
 */
export function evaluationAnswer(
  tenant: EvaluationTenant,
  compile: RuleCompiler,
  groupId: string | null,
  memberId: string,
  body: RequestBody,
) {
  const user = tenant.profile(memberId);
  if (!user) throw notFound(memberId);
  let text =
    body.membershipRule === undefined || body.membershipRule === null
      ? null
      : requireString(body, 'membershipRule', 'evaluateDynamicMembership');
  if (text === null && groupId !== null) text = tenant.group(groupId)?.membershipRule ?? null;
  if (text === null) {
    throw badRequest(
      groupId === null
        ? refusalWords.missingParameters('evaluateDynamicMembership', ['membershipRule'])
        : refusalWords.noRule(groupId),
    );
  }
  compileOrRefuse(compile, text);
  const compiled = compileRule(text);
  if (!compiled.ok) throw badRequest(refusalWords.ruleInvalidBare);
  const tree = compiled.rule.explain(user, tenant.ruleContext());
  return {
    membershipRule: text,
    membershipRuleEvaluationResult: tree.result,
    membershipRuleEvaluationDetails: details(tree, user),
  };
}

/** The checks of the body that come before the member is looked up. */
export function evaluationMemberId(body: RequestBody): string {
  checkKeys(body, ['memberId', 'membershipRule'], 'evaluateDynamicMembership');
  return requireString(body, 'memberId', 'evaluateDynamicMembership');
}
