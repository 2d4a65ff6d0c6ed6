import { describe, expect, it } from 'vitest';
import {
  BACKTRACK_BUDGET,
  checkPattern,
  MAX_PATTERN_LENGTH,
  MAX_SUBJECT_LENGTH,
} from './regex-safety';

describe('regex safety: accepted patterns', () => {
  it.each([
    ['^Da.*', '^Da'],
    ['.*vid', 'vid'],
    ['.*?ago.*', 'ago'],
    ['Da.*', 'Da'],
    ['.*@domain.ext', '@domain.ext'],
    ['@domain.ext$', '@domain.ext$'],
    ['.*', ''],
    ['^.*', '^'],
    ['^[A-Z]{2}\\d{4}$', '^[A-Z]{2}\\d{4}$'],
    ['^\\w+\\.\\w+@contoso\\.com$', '^\\w+\\.\\w+@contoso\\.com$'],
    ['^(SMTP|smtp):.*@contoso\\.com$', '^(SMTP|smtp):.*@contoso\\.com$'],
    ['(ab|cd)+x', '(ab|cd)+x'],
    ['colou?r', 'colou?r'],
    ['\\d{1,3}-\\d{1,3}', '\\d{1,3}-\\d{1,3}'],
    ['(?<dept>sales)', '(?<dept>sales)'],
  ])('%s (compiled as %s)', (pattern, source) => {
    expect(checkPattern(pattern)).toEqual({ ok: true, source });
  });
});

describe('regex safety: rejected patterns', () => {
  it.each([
    ['*@domain.ext', 'invalid-regex'],
    ['(unclosed', 'invalid-regex'],
    ['[a-', 'invalid-regex'],
    ['(a+)+', 'unsafe-regex'],
    ['(a+)+$', 'unsafe-regex'],
    ['(.*)*', 'unsafe-regex'],
    ['(a|a)*', 'unsafe-regex'],
    ['(\\w|\\d)+', 'unsafe-regex'],
    ['(a?)+', 'unsafe-regex'],
    ['(x+x+)+y', 'unsafe-regex'],
    ['(a)\\1', 'unsafe-regex'],
    ['(?<n>a)\\k<n>', 'unsafe-regex'],
    ['a(?=b)', 'unsafe-regex'],
    ['a(?!b)', 'unsafe-regex'],
    ['(?<=a)b', 'unsafe-regex'],
    ['(?<!a)b', 'unsafe-regex'],
    ['\\s*\\s*\\s*x', 'unsafe-regex'],
    ['.*a.*b.*c', 'unsafe-regex'],
    ['[a-z]+[a-z]+x', 'unsafe-regex'],
    ['a?a?a?a?a?a?a?a?a?a?a?a?aaaaaaaaaaaa', 'unsafe-regex'],
    ['x'.repeat(MAX_PATTERN_LENGTH + 1), 'unsafe-regex'],
  ])('%s → %s', (pattern, code) => {
    const verdict = checkPattern(pattern);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.code).toBe(code);
    expect(!verdict.ok && verdict.message.length).toBeGreaterThan(20);
  });
});

describe('regex safety: accepted patterns stay fast on hostile values', () => {
  const hostile = ['a', 'ab', ' ', 'a.', '1-', 'ac', 'aaaaa@', 'smtp:a'].map((unit) =>
    unit.repeat(MAX_SUBJECT_LENGTH).slice(0, MAX_SUBJECT_LENGTH),
  );
  it.each([
    '.*a.*b',
    '^[a-z]+[a-z]+x',
    '(ab|cd)+x',
    '^.*a.*b$',
    '(?:a|b|c)+x',
    '^\\w+\\.\\w+@contoso\\.com$',
  ])('%s', (pattern) => {
    const verdict = checkPattern(pattern);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    const re = new RegExp(verdict.source, 'i');
    const started = performance.now();
    for (const subject of hostile) re.test(subject);
    // BACKTRACK_BUDGET (~1M steps) is about 1 ms per value on a laptop; 200 ms for eight is a loose CI bound.
    expect(performance.now() - started).toBeLessThan(200);
    expect(BACKTRACK_BUDGET).toBe(MAX_SUBJECT_LENGTH ** 2);
  });
});
