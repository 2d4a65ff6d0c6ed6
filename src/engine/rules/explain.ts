import type { UserProfile } from '../user-profile';
import type { Expr, RuleAst } from './ast';
import type { RuleContext, UserPredicate } from './compile';
import type { Span } from './tokens';

/**
 * Per-expression results for the portal's "Validate rules" view: the whole rule and every
 * user-level sub-expression, each with its span, source text and outcome for one user.
 * Items inside `-any`/`-all` are not broken down (they have one result per item, not per user).
 */

/** The outcome of one (sub-)expression. Invariant: `text` is `rule.slice(span.start, span.end)`. */
export interface ExpressionResult {
  readonly kind: Expr['kind'] | 'directReports';
  readonly text: string;
  readonly span: Span;
  readonly result: boolean;
  readonly children: readonly ExpressionResult[];
}

/**
 * Evaluates every user-level node with its own compiled predicate (no short-circuit between
 * siblings, so the admin sees each condition). The root result always equals `matches(user, ctx)`.
 */
export function explainAst(
  ast: RuleAst,
  nodes: ReadonlyMap<Expr, UserPredicate>,
  matches: UserPredicate,
  user: UserProfile,
  ctx: RuleContext,
): ExpressionResult {
  const { root, text } = ast;
  if (root.kind === 'directReports') {
    return {
      kind: 'directReports',
      text: text.slice(root.span.start, root.span.end),
      span: root.span,
      result: matches(user, ctx),
      children: [],
    };
  }
  const visit = (expr: Expr): ExpressionResult => {
    const predicate = nodes.get(expr);
    const children =
      expr.kind === 'and' || expr.kind === 'or'
        ? expr.operands.map(visit)
        : expr.kind === 'not'
          ? [visit(expr.operand)]
          : [];
    const result = predicate ? predicate(user, ctx) : false;
    return {
      kind: expr.kind,
      text: text.slice(expr.span.start, expr.span.end),
      span: expr.span,
      result,
      children,
    };
  };
  return visit(root);
}
