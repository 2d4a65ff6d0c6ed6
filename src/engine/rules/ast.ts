import type { ComparisonOperator, Duration, Quantifier, Span } from './tokens';

/**
 * Syntax tree of a rule. Every node carries the span of the source text it was parsed from;
 * parentheses leave no node (they only shape the tree) but are included in the span of the
 * expression they enclose. `and`/`or` are n-ary and flat:
 * `a -or b -or c` is one `or` with three operands, never nested `or`s.
 */

/** A property as written: `user.department`, `assignedPlan.service`, `_`, `accountEnabled`. */
export interface PropertyRef {
  readonly kind: 'property';
  /** The text as written. */
  readonly path: string;
  /** Dot-separated parts; never empty strings. */
  readonly segments: readonly string[];
  readonly span: Span;
}

/** A constant on the right of a comparison. */
export type Value =
  | { readonly kind: 'string'; readonly value: string; readonly span: Span }
  | { readonly kind: 'number'; readonly value: number; readonly span: Span }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly span: Span }
  | { readonly kind: 'null'; readonly span: Span }
  | {
      readonly kind: 'dateTime';
      readonly text: string;
      readonly epochMs: number;
      readonly span: Span;
    }
  | { readonly kind: 'now'; readonly adjustments: readonly NowAdjustment[]; readonly span: Span }
  | { readonly kind: 'array'; readonly items: readonly Value[]; readonly span: Span };

/** One `-plus`/`-minus` duration applied to `system.now`, in order. */
export interface NowAdjustment {
  readonly sign: 1 | -1;
  readonly duration: Duration;
  readonly span: Span;
}

/** `property -op value`. */
export interface ComparisonExpr {
  readonly kind: 'comparison';
  readonly property: PropertyRef;
  readonly operator: ComparisonOperator;
  readonly operatorSpan: Span;
  readonly value: Value;
  readonly span: Span;
}

/** `property -any (predicate)` / `property -all predicate`. */
export interface CollectionExpr {
  readonly kind: 'collection';
  readonly property: PropertyRef;
  readonly quantifier: Quantifier;
  readonly quantifierSpan: Span;
  readonly predicate: Expr;
  readonly span: Span;
}

/** `-not operand`. */
export interface NotExpr {
  readonly kind: 'not';
  readonly operand: Expr;
  readonly span: Span;
}

/** `a -and b -and ...` (at least two operands). */
export interface AndExpr {
  readonly kind: 'and';
  readonly operands: readonly Expr[];
  readonly span: Span;
}

/** `a -or b -or ...` (at least two operands). */
export interface OrExpr {
  readonly kind: 'or';
  readonly operands: readonly Expr[];
  readonly span: Span;
}

/** A boolean expression. */
export type Expr = OrExpr | AndExpr | NotExpr | ComparisonExpr | CollectionExpr;

/** `Direct Reports for "<manager object id>"`: only ever a whole rule. */
export interface DirectReportsRule {
  readonly kind: 'directReports';
  readonly managerId: string;
  readonly managerIdSpan: Span;
  readonly span: Span;
}

/** A parsed rule. Invariant: `root` spans a sub-range of `text`; Direct Reports is never nested. */
export interface RuleAst {
  readonly text: string;
  readonly root: Expr | DirectReportsRule;
}

/** Visits every expression node depth-first, parents before children (collection predicates included). */
export function walk(expr: Expr, visit: (node: Expr) => void): void {
  visit(expr);
  switch (expr.kind) {
    case 'or':
    case 'and':
      for (const operand of expr.operands) walk(operand, visit);
      return;
    case 'not':
      walk(expr.operand, visit);
      return;
    case 'collection':
      walk(expr.predicate, visit);
      return;
    case 'comparison':
      return;
  }
}
