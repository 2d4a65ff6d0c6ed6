import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseRule } from './parser';
import type { RuleAst } from './ast';

/** Removes every span so trees can be compared by shape. */
function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => !/span$/i.test(k))
      .map(([k, v]) => [k, strip(v)]),
  );
}

function ast(text: string): RuleAst {
  const result = parseRule(text);
  if (!result.ok)
    throw new Error(`parse failed: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.ast;
}

function tree(text: string): unknown {
  return strip(ast(text).root);
}

const str = (value: string) => ({ kind: 'string', value });
const prop = (path: string) => ({ kind: 'property', path, segments: path.split('.') });
const cmp = (path: string, operator: string, value: unknown) => ({
  kind: 'comparison',
  property: prop(path),
  operator,
  value,
});
const eq = (path: string, v: string) => cmp(path, 'eq', str(v));
const and = (...operands: unknown[]) => ({ kind: 'and', operands });
const or = (...operands: unknown[]) => ({ kind: 'or', operands });
const not = (operand: unknown) => ({ kind: 'not', operand });
const A = eq('user.a', '1');
const B = eq('user.b', '2');
const C = eq('user.c', '3');

describe('parser: precedence (comparison > -not > -and > -or)', () => {
  it.each([
    [
      'a -or b -and c: -and binds tighter',
      'user.a -eq "1" -or user.b -eq "2" -and user.c -eq "3"',
      or(A, and(B, C)),
    ],
    ['a -and b -or c', 'user.a -eq "1" -and user.b -eq "2" -or user.c -eq "3"', or(and(A, B), C)],
    [
      '-not a -and b: -not takes only the next condition',
      '-not user.a -eq "1" -and user.b -eq "2"',
      and(not(A), B),
    ],
    ['a -and -not (b)', 'user.a -eq "1" -and -not (user.b -eq "2")', and(A, not(B))],
    ['-not (a -or b)', '-not (user.a -eq "1" -or user.b -eq "2")', not(or(A, B))],
    ['-not -not a', '-not -not user.a -eq "1"', not(not(A))],
    [
      'parentheses override: (a -or b) -and c',
      '(user.a -eq "1" -or user.b -eq "2") -and user.c -eq "3"',
      and(or(A, B), C),
    ],
    ['chains are flat', 'user.a -eq "1" -or user.b -eq "2" -or user.c -eq "3"', or(A, B, C)],
    [
      'mixed case -AND / -Or',
      'user.a -eq "1" -AND user.b -eq "2" -Or user.c -eq "3"',
      or(and(A, B), C),
    ],
    [
      'bare and / or / not',
      'not user.a eq "1" and user.b eq "2" or user.c eq "3"',
      or(and(not(A), B), C),
    ],
    ['en dashes', 'user.a \u2013eq "1" \u2013and user.b \u2013eq "2"', and(A, B)],
    ['redundant parentheses leave no node', '((user.a -eq "1"))', A],
  ])('%s', (_name, text, expected) => {
    expect(tree(text)).toEqual(expected);
  });
});

describe('parser: collections, values and special rules', () => {
  it('-any with a parenthesised inner expression', () => {
    expect(
      tree(
        'user.assignedPlans -any (assignedPlan.service -eq "SCO" -and assignedPlan.capabilityStatus -eq "Enabled")',
      ),
    ).toEqual({
      kind: 'collection',
      property: prop('user.assignedPlans'),
      quantifier: 'any',
      predicate: and(
        eq('assignedPlan.service', 'SCO'),
        eq('assignedPlan.capabilityStatus', 'Enabled'),
      ),
    });
  });

  it('-any with a bare inner comparison binds only that comparison', () => {
    expect(tree('user.proxyAddresses -any _ -startsWith "smtp" -and user.a -eq "1"')).toEqual(
      and(
        {
          kind: 'collection',
          property: prop('user.proxyAddresses'),
          quantifier: 'any',
          predicate: cmp('_', 'startsWith', str('smtp')),
        },
        A,
      ),
    );
  });

  it('memberOf with single-quoted ids', () => {
    expect(tree("user.memberof -any (group.objectId -in ['g1', 'g2'])")).toEqual({
      kind: 'collection',
      property: prop('user.memberof'),
      quantifier: 'any',
      predicate: cmp('group.objectId', 'in', { kind: 'array', items: [str('g1'), str('g2')] }),
    });
  });

  it('system.now with durations', () => {
    expect(tree('user.employeeHireDate -ge system.now -minus P1Y -plus pt12h')).toMatchObject(
      cmp('user.employeeHireDate', 'ge', {
        kind: 'now',
        adjustments: [
          { sign: -1, duration: { years: 1 } },
          { sign: 1, duration: { hours: 12 } },
        ],
      }),
    );
  });

  it('Direct Reports is a whole-rule node', () => {
    expect(tree('Direct Reports for "62e19b97-8b3d-4d4a-a106-4ce66896a863"')).toEqual({
      kind: 'directReports',
      managerId: '62e19b97-8b3d-4d4a-a106-4ce66896a863',
    });
  });

  it('spans cover the source text of each node', () => {
    const text = '(user.a -eq "1") -and -not (user.b -startsWith "x")';
    const root = ast(text).root;
    expect(root.kind).toBe('and');
    if (root.kind !== 'and') return;
    expect(root.operands.map((o) => text.slice(o.span.start, o.span.end))).toEqual([
      '(user.a -eq "1")',
      '-not (user.b -startsWith "x")',
    ]);
  });
});

describe('parser: errors name what was expected and point at it', () => {
  it.each([
    [
      '(user.department -eq "Sales") (user.department -eq "Marketing")',
      'missing-logical-operator',
      '(',
    ],
    ['user.a -eq "1" user.b -eq "2"', 'missing-logical-operator', 'user.b'],
    ['(user.a -eq "1"', 'unbalanced-parenthesis', '('],
    ['user.a -eq "1")', 'unbalanced-parenthesis', ')'],
    ['user.a -eq "1" "2"', 'unexpected-token', '"2"'],
    ['user.a -eq "1" -and', 'expected-expression', '-and'],
    ['-and user.a -eq "1"', 'expected-expression', '-and'],
    ['user.a', 'expected-operator', 'user.a'],
    ['user.a "x"', 'expected-operator', '"x"'],
    ['user.a -and "x"', 'expected-operator', '-and'],
    ['user.a -eq', 'expected-value', '-eq'],
    ['user.a -eq -or', 'expected-value', '-or'],
    ['user.a -eq Sales', 'unquoted-value', 'Sales'],
    ['user.a -eq user.b', 'unquoted-value', 'user.b'],
    ['user.a -in ["x",', 'unbalanced-bracket', '['],
    ['user.a -in ["x" "y"]', 'expected-comma', '"y"'],
    ['user.a -in [["x"]]', 'nested-array', '['],
    ['user.mail -not null', 'not-with-null', '-not'],
    ['user.mail -not "x"', 'not-as-comparison', '-not'],
    ['user.d -ge system.now -plus', 'expected-duration', '-plus'],
    ['user.d -ge p1d', 'unexpected-duration', 'p1d'],
    ['Direct Reports "x"', 'invalid-direct-reports', 'Direct Reports "x"'],
    ['Direct Reports for "x" -or user.a -eq "1"', 'direct-reports-combined', '-or user.a -eq "1"'],
    ['user.a -eq "1" -or Direct Reports for "x"', 'direct-reports-combined', 'Direct'],
    ['', 'empty-rule', ''],
    ['   ', 'empty-rule', ''],
    ['user.x -any', 'expected-expression', '-any'],
  ])('%s → %s at %s', (text, code, at) => {
    const result = parseRule(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [d] = result.diagnostics;
    expect(d?.code).toBe(code);
    expect(d && text.slice(d.span.start, d.span.end)).toBe(at);
  });

  it('a syntax error before a lexical error is reported first', () => {
    const text = '(a -eq "x") (b -eq "y") user.c-eq"z"';
    const result = parseRule(text);
    expect(!result.ok && result.diagnostics[0]?.code).toBe('missing-logical-operator');
  });

  it('a lexical error is reported when the parser runs out of tokens before it', () => {
    const result = parseRule('user.department -eq "Sales');
    expect(!result.ok && result.diagnostics[0]?.code).toBe('unterminated-string');
  });

  it(`nesting deeper than ${String(MAX_NESTING)} is rejected, not a stack overflow`, () => {
    const deep = `${'('.repeat(MAX_NESTING + 1)}user.a -eq "1"${')'.repeat(MAX_NESTING + 1)}`;
    const result = parseRule(deep);
    expect(!result.ok && result.diagnostics[0]?.code).toBe('too-deeply-nested');
    expect(parseRule(`${'('.repeat(MAX_NESTING)}user.a -eq "1"${')'.repeat(MAX_NESTING)}`).ok).toBe(
      true,
    );
  });
});
