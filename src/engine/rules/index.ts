import type { UserProfile } from '../user-profile';
import { compileAst, type RuleContext, type RuleDependencies } from './compile';
import { explainAst, type ExpressionResult } from './explain';
import { lex } from './lexer';
import { parseRule } from './parser';
import type { RuleDiagnostic } from './tokens';
import { MAX_RULE_LENGTH, validateRule, type RuleKind } from './validator';

/**
 * Public API of the dynamic membership rule language: parse, validate and compile rule text into
 * a predicate over users; explain a result per sub-expression; suggest completions.
 */

export type { ParseResult } from './parser';
export type {
  RuleAst,
  Expr,
  Value,
  PropertyRef,
  ComparisonExpr,
  CollectionExpr,
  NotExpr,
  AndExpr,
  OrExpr,
  DirectReportsRule,
} from './ast';
export type { RuleContext, RuleDependencies, UserPredicate } from './compile';
export type { ExpressionResult } from './explain';
export type { Completion } from './completions';
export type { RuleDiagnostic, RuleDiagnosticArgs, RuleDiagnosticCode, Span } from './tokens';
export { RULE_DIAGNOSTIC_CODES } from './tokens';
export type { RuleKind } from './validator';
export type { PropertyInfo, PropertyType, OperatorInfo } from './properties';
export { parseRule } from './parser';
export { completions } from './completions';
export {
  OPERATORS,
  USER_PROPERTIES,
  EXTENSION_ATTRIBUTES,
  ASSIGNED_PLAN_PROPERTIES,
  resolveUserProperty,
} from './properties';
export { MAX_RULE_LENGTH, MAX_MEMBER_OF_GROUPS } from './validator';
export { MAX_PATTERN_LENGTH, MAX_SUBJECT_LENGTH, checkPattern } from './regex-safety';

/**
 * A rule ready to evaluate. Invariants: `matches` is pure given (user, ctx) and never throws;
 * `explain(u, c).result === matches(u, c)`; `dependsOn` lists everything `matches` reads.
 */
export interface CompiledRule {
  readonly text: string;
  readonly kind: RuleKind;
  readonly matches: (user: UserProfile, ctx: RuleContext) => boolean;
  readonly dependsOn: RuleDependencies;
  explain(user: UserProfile, ctx: RuleContext): ExpressionResult;
}

/** Compile outcome. Invariant: `ok: false` has at least one diagnostic, sorted by position. */
export type CompiledRuleResult =
  | { readonly ok: true; readonly rule: CompiledRule }
  | { readonly ok: false; readonly diagnostics: RuleDiagnostic[] };

/** Device properties named in text that failed to parse, so a device rule is always called one. */
function deviceDiagnostics(text: string): RuleDiagnostic[] {
  const device = lex(text).tokens.find(
    (t) => t.kind === 'path' && t.segments[0]?.toLowerCase() === 'device',
  );
  if (device?.kind !== 'path') return [];
  return [
    {
      code: 'device-rule',
      message: `Device rules are not supported in a user group: ${device.text}.`,
      span: device.span,
      args: { property: device.text },
    },
  ];
}

/**
 * Parses, validates and compiles rule text. Never throws; every problem comes back as a
 * diagnostic with a code, an admin-readable message and the span it is about.
 */
export function compileRule(text: string): CompiledRuleResult {
  const parsed = parseRule(text);
  if (!parsed.ok) {
    const extra = deviceDiagnostics(text);
    if (text.length > MAX_RULE_LENGTH) {
      extra.push({
        code: 'rule-too-long',
        message: `The rule is ${String(text.length)} characters long; the maximum is ${String(MAX_RULE_LENGTH)}.`,
        span: { start: MAX_RULE_LENGTH, end: text.length },
        args: { length: text.length, max: MAX_RULE_LENGTH },
      });
    }
    const diagnostics = [...extra, ...parsed.diagnostics].sort(
      (a, b) => a.span.start - b.span.start,
    );
    return { ok: false, diagnostics };
  }
  const { ast } = parsed;
  const validation = validateRule(ast);
  if (validation.diagnostics.length > 0)
    return { ok: false, diagnostics: [...validation.diagnostics] };
  const compiled = compileAst(ast);
  const { matches, nodes, dependsOn } = compiled;
  return {
    ok: true,
    rule: {
      text,
      kind: validation.kind,
      matches,
      dependsOn,
      explain: (user, ctx) => explainAst(ast, nodes, matches, user, ctx),
    },
  };
}
