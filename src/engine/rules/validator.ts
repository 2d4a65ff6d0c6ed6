import type { CollectionExpr, ComparisonExpr, Expr, PropertyRef, RuleAst, Value } from './ast';
import { lookupOperator, type PropertyInfo } from './properties';
import { parseDateTime } from './lexer';
import { checkPattern } from './regex-safety';
import { resolveProperty, type Scope } from './resolve-property';
import {
  span,
  type RuleDiagnostic,
  type RuleDiagnosticArgs,
  type RuleDiagnosticCode,
  type Span,
} from './tokens';

/**
 * Semantic checks on a parsed rule: every property exists and is written with its object prefix,
 * every operator suits the property's type, every value suits both, and the special rules
 * (memberOf, Direct Reports) stand alone. A rule with no diagnostics compiles without error.
 */

/** Longest rule body accepted (characters). */
export const MAX_RULE_LENGTH = 3072;

/** Most group ids a memberOf rule may list. */
export const MAX_MEMBER_OF_GROUPS = 50;

/** What kind of rule a valid AST is. */
export type RuleKind = 'expression' | 'directReports' | 'memberOf';

/** Validation outcome. Invariant: `diagnostics` is sorted by span start. */
export interface ValidationResult {
  readonly kind: RuleKind;
  readonly diagnostics: readonly RuleDiagnostic[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a value of the wrong kind should have been, in the English message (`kind`, `hint`). */
const EXPECTED_VALUE = {
  boolean: { kind: 'a boolean', hint: 'write true or false without quotes' },
  dateTime: {
    kind: 'a date-time',
    hint: 'write a date such as 2020-06-10T18:13:20Z or system.now -plus p1d',
  },
  extensionCompare: { kind: 'an extension property', hint: '-le and -ge compare numbers or dates' },
  extension: {
    kind: 'an extension property',
    hint: 'write text in double quotes, a number, true or false',
  },
  regex: { kind: 'text', hint: 'write the regular expression in double quotes' },
  text: { kind: 'text', hint: 'write the value in double quotes' },
} as const;
type ExpectedValue = keyof typeof EXPECTED_VALUE;

/** A value as written, for the diagnostic's arguments (`''` for a list or system.now). */
function valueText(value: Value): string {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'dateTime':
      return value.text;
    case 'now':
      return 'system.now';
    case 'array':
      return '';
  }
}

function describeValue(value: Value): string {
  switch (value.kind) {
    case 'string':
      return `the text "${value.value}"`;
    case 'number':
      return `the number ${String(value.value)}`;
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'dateTime':
      return `the date ${value.text}`;
    case 'now':
      return 'system.now';
    case 'array':
      return 'a list';
  }
}

class Validator {
  readonly diagnostics: RuleDiagnostic[] = [];

  report(code: RuleDiagnosticCode, message: string, at: Span, args: RuleDiagnosticArgs = {}): void {
    this.diagnostics.push({ code, message, span: at, args });
  }

  expr(expr: Expr, scope: Scope, root: boolean): void {
    switch (expr.kind) {
      case 'or':
      case 'and':
        for (const operand of expr.operands) this.expr(operand, scope, false);
        return;
      case 'not':
        this.expr(expr.operand, scope, false);
        return;
      case 'collection':
        this.collection(expr, scope, root);
        return;
      case 'comparison':
        this.comparison(expr, scope);
        return;
    }
  }

  private property(ref: PropertyRef, scope: Scope): PropertyInfo | undefined {
    const resolved = resolveProperty(ref, scope);
    if ('code' in resolved) {
      this.diagnostics.push(resolved);
      return undefined;
    }
    return resolved;
  }

  private collection(expr: CollectionExpr, scope: Scope, root: boolean): void {
    const info = this.property(expr.property, scope);
    if (!info) return;
    const q = `-${expr.quantifier}`;
    if (scope.kind === 'item') {
      this.report(
        'nested-quantifier',
        `${q} can't be used inside another -any/-all.`,
        expr.quantifierSpan,
        { quantifier: q },
      );
      return;
    }
    if (info.type !== 'stringCollection' && info.type !== 'objectCollection') {
      this.report(
        'quantifier-needs-collection',
        `${q} only works on multi-valued properties (user.assignedPlans, user.proxyAddresses, user.otherMails); ${info.path} has a single value.`,
        expr.quantifierSpan,
        { quantifier: q, property: info.path },
      );
      return;
    }
    if (info.source.kind === 'memberOf') {
      this.memberOf(expr, info, root);
      return;
    }
    this.expr(
      expr.predicate,
      { kind: 'item', collection: info, quantifier: expr.quantifier },
      false,
    );
  }

  private memberOf(expr: CollectionExpr, info: PropertyInfo, root: boolean): void {
    const usage = 'write user.memberOf -any (group.objectId -in ["<group id>", ...])';
    if (!root)
      this.report(
        'member-of-combined',
        "A memberOf rule can't be combined with other expressions or operators: it must be the whole rule.",
        expr.span,
      );
    if (expr.quantifier !== 'any') {
      this.report(
        'member-of-syntax',
        `memberOf supports only -any: ${usage}.`,
        expr.quantifierSpan,
        { variant: 'onlyAny' },
      );
      return;
    }
    const predicate = expr.predicate;
    if (predicate.kind !== 'comparison') {
      this.report(
        'member-of-syntax',
        `memberOf takes exactly one condition: ${usage}.`,
        predicate.span,
        { variant: 'oneCondition' },
      );
      return;
    }
    const prop = this.property(predicate.property, {
      kind: 'item',
      collection: info,
      quantifier: 'any',
    });
    if (!prop) return;
    if (predicate.operator !== 'in') {
      this.report(
        'member-of-syntax',
        `memberOf supports only -in: ${usage}.`,
        predicate.operatorSpan,
        { variant: 'onlyIn' },
      );
      return;
    }
    const value = predicate.value;
    if (value.kind !== 'array') {
      this.report('in-needs-array', `-in needs a list in square brackets: ${usage}.`, value.span, {
        variant: 'memberOf',
        operator: '-in',
      });
      return;
    }
    if (value.items.length === 0)
      this.report('empty-array', 'The list of groups is empty.', value.span, { variant: 'groups' });
    if (value.items.length > MAX_MEMBER_OF_GROUPS)
      this.report(
        'member-of-too-many-groups',
        `A memberOf rule can reference at most ${String(MAX_MEMBER_OF_GROUPS)} groups; this one lists ${String(value.items.length)}.`,
        value.span,
        { max: MAX_MEMBER_OF_GROUPS, count: value.items.length },
      );
    for (const item of value.items) {
      if (item.kind !== 'string' || !GUID.test(item.value)) {
        const shown = item.kind === 'string' ? `'${item.value}'` : 'This value';
        this.report(
          'invalid-group-id',
          `${shown} is not a group object id (GUID such as 62e19b97-8b3d-4d4a-a106-4ce66896a863); replace any placeholder with the group's id.`,
          item.span,
          item.kind === 'string' ? { variant: 'text', value: item.value } : { variant: 'other' },
        );
      }
    }
  }

  private comparison(expr: ComparisonExpr, scope: Scope): void {
    const info = this.property(expr.property, scope);
    if (!info) return;
    const opName = lookupOperator(expr.operator)?.spelling ?? expr.operator;
    const { value } = expr;
    if (info.type === 'objectCollection') {
      this.report(
        'operator-not-supported',
        `Operator ${opName} isn't supported on attribute ${info.name}: use ${info.path} -any (...).`,
        expr.operatorSpan,
        { variant: 'collection', operator: opName, attribute: info.name, property: info.path },
      );
      return;
    }
    if (!info.operators.includes(expr.operator)) {
      this.report(
        'operator-not-supported',
        `Operator ${opName} isn't supported on attribute ${info.name}.`,
        expr.operatorSpan,
        { variant: 'plain', operator: opName, attribute: info.name },
      );
      return;
    }
    if (value.kind === 'null') {
      if (expr.operator !== 'eq' && expr.operator !== 'ne')
        this.report(
          'null-needs-eq-ne',
          `null can only be compared with -eq or -ne, not ${opName}.`,
          value.span,
          { operator: opName },
        );
      return;
    }
    if (expr.operator === 'in' || expr.operator === 'notIn') {
      if (value.kind !== 'array') {
        this.report(
          'in-needs-array',
          `${opName} needs a list in square brackets, e.g. ["US","GB"].`,
          value.span,
          { variant: 'list', operator: opName },
        );
        return;
      }
      if (value.items.length === 0)
        this.report('empty-array', `The list after ${opName} is empty.`, value.span, {
          variant: 'list',
          operator: opName,
        });
      for (const item of value.items) this.scalarValue(info, item, opName, 'in a list');
      return;
    }
    if (value.kind === 'array') {
      this.report(
        'array-not-allowed',
        `A [list] can only follow -in or -notIn, not ${opName}.`,
        value.span,
        { operator: opName },
      );
      return;
    }
    this.scalarValue(info, value, opName, null);
    if ((expr.operator === 'match' || expr.operator === 'notMatch') && value.kind === 'string') {
      const verdict = checkPattern(value.value);
      if (!verdict.ok) this.report(verdict.code, verdict.message, value.span, verdict.args);
    }
  }

  private scalarValue(
    info: PropertyInfo,
    value: Value,
    opName: string,
    where: string | null,
  ): void {
    const mismatch = (expected: ExpectedValue): void => {
      const place = where ? `a value ${where} after ${opName}` : `the value after ${opName}`;
      const { kind, hint } = EXPECTED_VALUE[expected];
      this.report(
        'value-type-mismatch',
        `${info.name} is ${kind}, so ${place} can't be ${describeValue(value)}: ${hint}.`,
        value.span,
        {
          attribute: info.name,
          operator: opName,
          place: where ? 'list' : 'value',
          expected,
          valueKind: value.kind,
          value: valueText(value),
        },
      );
    };
    switch (info.type) {
      case 'boolean':
        if (value.kind !== 'boolean') mismatch('boolean');
        return;
      case 'dateTime':
        if (value.kind === 'string' && !Number.isNaN(parseDateTime(value.value.trim()))) return;
        if (value.kind !== 'dateTime' && value.kind !== 'now') mismatch('dateTime');
        return;
      case 'extension':
        if (opName === '-le' || opName === '-ge') {
          if (value.kind !== 'number' && value.kind !== 'dateTime' && value.kind !== 'now')
            mismatch('extensionCompare');
          return;
        }
        if (value.kind !== 'string' && value.kind !== 'number' && value.kind !== 'boolean')
          mismatch('extension');
        return;
      case 'string':
      case 'stringCollection':
        if (opName === '-match' || opName === '-notMatch') {
          if (value.kind !== 'string') mismatch('regex');
          return;
        }
        if (value.kind !== 'string' && value.kind !== 'number') mismatch('text');
        return;
      case 'objectCollection':
        return;
    }
  }
}

/** Runs every semantic check on a parsed rule. Never throws. */
export function validateRule(ast: RuleAst): ValidationResult {
  const v = new Validator();
  const { root, text } = ast;
  if (text.length > MAX_RULE_LENGTH) {
    v.report(
      'rule-too-long',
      `The rule is ${String(text.length)} characters long; the maximum is ${String(MAX_RULE_LENGTH)}.`,
      span(MAX_RULE_LENGTH, text.length),
      { length: text.length, max: MAX_RULE_LENGTH },
    );
  }
  let kind: RuleKind = 'expression';
  if (root.kind === 'directReports') {
    kind = 'directReports';
    if (!GUID.test(root.managerId)) {
      v.report(
        'invalid-object-id',
        `'${root.managerId}' is not a user object id (GUID such as 62e19b97-8b3d-4d4a-a106-4ce66896a863).`,
        root.managerIdSpan,
        { value: root.managerId },
      );
    }
  } else {
    if (root.kind === 'collection' && root.property.segments[1]?.toLowerCase() === 'memberof')
      kind = 'memberOf';
    v.expr(root, { kind: 'user' }, true);
  }
  const diagnostics = [...v.diagnostics].sort((a, b) => a.span.start - b.span.start);
  return { kind, diagnostics };
}
