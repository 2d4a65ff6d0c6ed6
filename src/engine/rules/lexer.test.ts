import { describe, expect, it } from 'vitest';
import { lex, parseDuration } from './lexer';
import type { Token } from './tokens';

function tokens(text: string): Token[] {
  const result = lex(text);
  if (!result.ok) throw new Error(`lex failed: ${result.error.message}`);
  return result.tokens.filter((t) => t.kind !== 'eof');
}

function summary(text: string): string[] {
  return tokens(text).map((t) => {
    switch (t.kind) {
      case 'operator':
        return `op:${t.op}`;
      case 'path':
        return `path:${t.text}`;
      case 'string':
        return `str:${t.value}`;
      case 'number':
        return `num:${String(t.value)}`;
      case 'boolean':
        return `bool:${String(t.value)}`;
      case 'null':
        return 'null';
      case 'dateTime':
        return `date:${String(t.epochMs)}`;
      case 'duration':
        return `dur:${t.text}`;
      case 'punct':
        return t.char;
      case 'eof':
        return 'eof';
    }
  });
}

describe('lexer: operators', () => {
  it.each([
    ['-eq', 'eq'],
    ['eq', 'eq'],
    ['-EQ', 'eq'],
    ['\u2013eq', 'eq'],
    ['\u2014eq', 'eq'],
    ['\u2212ne', 'ne'],
    ['-startswith', 'startsWith'],
    ['-notStartsWith', 'notStartsWith'],
    ['-EndsWith', 'endsWith'],
    ['-notin', 'notIn'],
    ['-In', 'in'],
    ['-notMatch', 'notMatch'],
    ['-le', 'le'],
    ['-ge', 'ge'],
    ['-any', 'any'],
    ['ALL', 'all'],
    ['-AND', 'and'],
    ['and', 'and'],
    ['or', 'or'],
    ['Not', 'not'],
    ['-plus', 'plus'],
  ])('%s reads as the operator %s', (text, op) => {
    expect(summary(text)).toEqual([`op:${op}`]);
  });

  it('records whether the hyphen was written', () => {
    const [withHyphen, without] = tokens('-and and');
    expect(withHyphen).toMatchObject({ kind: 'operator', hyphen: true });
    expect(without).toMatchObject({ kind: 'operator', hyphen: false });
  });
});

describe('lexer: values', () => {
  it.each([
    ['"Sales"', ['str:Sales']],
    ['"say `"hi`""', ['str:say "hi"']],
    ['"back``tick"', ['str:back`tick']],
    ["'it''s'", ["str:it's"]],
    ['\u201CSales\u201D', ['str:Sales']],
    ['"62e19b97\u201D', ['str:62e19b97']],
    ['\u2018x\u2019', ['str:x']],
    ['""', ['str:']],
    ['42 -7 3.5', ['num:42', 'num:-7', 'num:3.5']],
    ['true FALSE', ['bool:true', 'bool:false']],
    ['null NULL $null', ['null', 'null', 'null']],
    ['2020-06-10T18:13:20Z', [`date:${String(Date.UTC(2020, 5, 10, 18, 13, 20))}`]],
    ['2020-06-10', [`date:${String(Date.UTC(2020, 5, 10))}`]],
    ['2020-06-10T18:13:20+02:00', [`date:${String(Date.UTC(2020, 5, 10, 16, 13, 20))}`]],
    ['system.now -plus p1d', ['path:system.now', 'op:plus', 'dur:p1d']],
    ['["a", \'b\',1]', ['[', 'str:a', ',', 'str:b', ',', 'num:1', ']']],
    [
      'user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber',
      ['path:user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber'],
    ],
    ['_ -startsWith "x"', ['path:_', 'op:startsWith', 'str:x']],
    [
      'user.otherMails -endsWith"@contoso.com"',
      ['path:user.otherMails', 'op:endsWith', 'str:@contoso.com'],
    ],
    ['Direct Reports for "x"', ['path:Direct', 'path:Reports', 'path:for', 'str:x']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('gives every token the span of its source text', () => {
    const text = '(user.mail \u2013ne "a`"b") -or user.city -in [\'x\']';
    const spans = tokens(text).map((t) => text.slice(t.span.start, t.span.end));
    expect(spans).toEqual([
      '(',
      'user.mail',
      '\u2013ne',
      '"a`"b"',
      ')',
      '-or',
      'user.city',
      '-in',
      '[',
      "'x'",
      ']',
    ]);
  });

  it.each([
    ['p1d', { days: 1 }],
    ['P1Y2M', { years: 1, months: 2 }],
    ['PT12H', { hours: 12 }],
    ['pt30m', { minutes: 30 }],
    ['P2W', { weeks: 2 }],
    ['P1DT1.5S', { days: 1, seconds: 1.5 }],
  ])('duration %s', (text, fields) => {
    expect(parseDuration(text)).toMatchObject(fields);
  });

  it.each(['P', 'PT', 'P1DT', 'p1x', 'Pd'])('%s is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('lexer: errors point at the offending text', () => {
  it.each([
    ['user.city -eq "Lagos', 'unterminated-string', '"Lagos'],
    ["user.city -eq 'Lagos", 'unterminated-string', "'Lagos"],
    ['user.city -equals "x"', 'unknown-operator', '-equals'],
    ['user.city - "x"', 'unknown-operator', '-'],
    ['user.city -eq "x" & user.a', 'unexpected-character', '&'],
    ['user.city -eq $nul', 'unexpected-character', '$'],
    ['user. -eq "x"', 'incomplete-property', 'user.'],
    ['user.department-eq"Sales"', 'missing-space', 'user.department-'],
    ['user.employeeHireDate -le 2020-13-01', 'invalid-date', '2020-13-01'],
    ['user.employeeHireDate -le 2020-02-30T00:00:00Z', 'invalid-date', '2020-02-30T00:00:00Z'],
    ['user.x -eq 12abc', 'invalid-value', '12abc'],
  ])('%s → %s at %s', (text, code, at) => {
    const result = lex(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(text.slice(result.error.span.start, result.error.span.end)).toBe(at);
  });
});
