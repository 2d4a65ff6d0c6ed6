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

/** Every code a rule diagnostic can carry, so a reader (the portal's words) can cover them all. */
export const RULE_DIAGNOSTIC_CODES = [
  'array-not-allowed',
  'device-rule',
  'direct-reports-combined',
  'empty-array',
  'empty-rule',
  'expected-comma',
  'expected-duration',
  'expected-expression',
  'expected-operator',
  'expected-value',
  'in-needs-array',
  'incomplete-property',
  'internal',
  'invalid-date',
  'invalid-direct-reports',
  'invalid-group-id',
  'invalid-object-id',
  'invalid-regex',
  'invalid-value',
  'item-outside-collection',
  'member-of-combined',
  'member-of-syntax',
  'member-of-too-many-groups',
  'missing-logical-operator',
  'missing-object-prefix',
  'missing-space',
  'nested-array',
  'nested-quantifier',
  'not-as-comparison',
  'not-with-null',
  'null-needs-eq-ne',
  'operator-not-supported',
  'quantifier-needs-collection',
  'rule-too-long',
  'too-deeply-nested',
  'unbalanced-bracket',
  'unbalanced-parenthesis',
  'unexpected-character',
  'unexpected-duration',
  'unexpected-token',
  'unknown-attribute',
  'unknown-object',
  'unknown-operator',
  'unquoted-value',
  'unterminated-string',
  'unsafe-regex',
  'value-type-mismatch',
  'wrong-item-property',
] as const;

export type RuleDiagnosticCode = (typeof RULE_DIAGNOSTIC_CODES)[number];

/**
 * What a diagnostic is about, for a reader that words it in another language: the offending text
 * verbatim (`found` is `''` at the end of the rule), names, limits, and `variant` where one code
 * has several situations. Positions are 1-based characters, as an admin counts them.
 */
export type RuleDiagnosticArgs = Readonly<Record<string, string | number>>;

/**
 * A problem found in a rule. `code` is stable and machine-readable, `message` is written in
 * English for an administrator (Graph's error text) and names the offending text, `args` carry the
 * same facts for wording it elsewhere, `span` points at it (zero-width only at end of text).
 */
export interface RuleDiagnostic {
  readonly code: RuleDiagnosticCode;
  readonly message: string;
  readonly span: Span;
  readonly args: RuleDiagnosticArgs;
}

/** Builds a span; `end` defaults to `start`. */
export function span(start: number, end: number = start): Span {
  return { start, end };
}

/** The text of a token as written (shortened past 40 characters), `''` for the end of the rule. */
export function tokenText(token: Token, text: string): string {
  if (token.kind === 'eof') return '';
  const raw = text.slice(token.span.start, token.span.end);
  return raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
}

/** Human-readable description of a token for error messages (`'-and'`, `"Sales"`, `end of rule`). */
export function describeToken(token: Token, text: string): string {
  return token.kind === 'eof' ? 'the end of the rule' : `'${tokenText(token, text)}'`;
}
