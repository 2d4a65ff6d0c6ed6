/**
 * Token and span types of the dynamic membership rule language.
 *
 * Every token carries the half-open source span `[start, end)` it was read from, in UTF-16 code
 * units of the original rule text, so diagnostics and the editor can point at the exact characters.
 */

/** A half-open range `[start, end)` of UTF-16 code units in the rule text. Invariant: `start <= end`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Canonical operator names (hyphen-less, camelCase as Microsoft documents them). The lexer maps
 * every accepted spelling (`-eq`, `eq`, `–EQ`, `—eq`) to one of these.
 */
export type ComparisonOperator =
  | 'eq'
  | 'ne'
  | 'startsWith'
  | 'notStartsWith'
  | 'endsWith'
  | 'notEndsWith'
  | 'contains'
  | 'notContains'
  | 'match'
  | 'notMatch'
  | 'in'
  | 'notIn'
  | 'le'
  | 'ge';

/** Logical operators: `-and`, `-or` and the prefix `-not`. */
export type LogicalOperator = 'and' | 'or' | 'not';

/** Collection quantifiers: `-any`, `-all`. */
export type Quantifier = 'any' | 'all';

/** Date arithmetic after `system.now`: `-plus`, `-minus`. */
export type DateArithmetic = 'plus' | 'minus';

/** Every operator the lexer recognises. */
export type OperatorName = ComparisonOperator | LogicalOperator | Quantifier | DateArithmetic;

/**
 * An ISO 8601 duration (`P1D`, `PT12H`, `P1Y2M`). Months and years are calendar units and are
 * applied in UTC; the other fields are fixed lengths. All fields are non-negative integers
 * (seconds may be fractional).
 */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Punctuation characters. */
export type Punctuation = '(' | ')' | '[' | ']' | ',';

/**
 * One lexical token. `path` is any bare word or dotted name (`user.department`, `_`,
 * `accountEnabled`, `system.now`, `Direct`): the parser and validator decide what it names.
 */
export type Token =
  | {
      readonly kind: 'operator';
      readonly op: OperatorName;
      readonly hyphen: boolean;
      readonly span: Span;
    }
  | {
      readonly kind: 'path';
      readonly text: string;
      readonly segments: readonly string[];
      readonly span: Span;
    }
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
  | {
      readonly kind: 'duration';
      readonly text: string;
      readonly duration: Duration;
      readonly span: Span;
    }
  | { readonly kind: 'punct'; readonly char: Punctuation; readonly span: Span }
  | { readonly kind: 'eof'; readonly span: Span };

/** The `kind` of a token. */
export type TokenKind = Token['kind'];

/**
 * A problem found in a rule. `code` is stable and machine-readable, `message` is written for an
 * administrator and names the offending text, `span` points at it (zero-width only at end of text).
 */
export interface RuleDiagnostic {
  readonly code: string;
  readonly message: string;
  readonly span: Span;
}

/** Builds a span; `end` defaults to `start`. */
export function span(start: number, end: number = start): Span {
  return { start, end };
}

/** Human-readable description of a token for error messages (`'-and'`, `"Sales"`, `end of rule`). */
export function describeToken(token: Token, text: string): string {
  if (token.kind === 'eof') return 'the end of the rule';
  const raw = text.slice(token.span.start, token.span.end);
  return raw.length > 40 ? `'${raw.slice(0, 37)}...'` : `'${raw}'`;
}
