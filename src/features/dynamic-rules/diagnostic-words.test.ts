import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { compileRule, RULE_DIAGNOSTIC_CODES, type RuleDiagnostic } from '../../engine';
import { en } from '../../lib/i18n/messages/en';
import { nl } from '../../lib/i18n/messages/nl';
import type { Translate } from '../../lib/i18n/use-t';
import { diagnosticMessageId, diagnosticText } from './diagnostic-words';

/** A translator that fails on anything a message cannot format (a missing argument, a bad id). */
function strictT(locale: 'en-US' | 'nl-NL'): Translate {
  const intl = createIntl({
    locale,
    messages: locale === 'en-US' ? en : nl,
    onError: (error) => {
      throw error;
    },
  });
  return (id, values) => intl.formatMessage({ id }, values);
}

/** Arguments that choose a wording rather than appear in it. */
const SELECTORS = new Set(['variant', 'place', 'expected', 'valueKind']);

const GUID = '62e19b97-8b3d-4d4a-a106-4ce66896a863';

/** One rule for each situation the engine reports (code, and variant where a code has several). */
const BAD_RULES: readonly string[] = [
  'user.city -eq ["a"]',
  'device.deviceOSType -eq "Windows"',
  'Direct Reports for "x" -or user.a -eq "1"',
  'user.city -in []',
  `user.memberOf -any (group.objectId -in [])`,
  '',
  'user.city -in ["a" "b"]',
  'user.createdDateTime -ge system.now -plus 5',
  'user.a -eq "1" -and',
  'user.city -eq "1" )',
  'user.x -any',
  'user.city',
  'user.city "x"',
  'user.city -and "x"',
  'user.city -eq',
  'user.city -eq -and',
  'user.city -in "US"',
  `user.memberOf -any (group.objectId -in "${GUID}")`,
  'user. -eq "a"',
  'user.createdDateTime -ge 2020-13-45T00:00:00Z',
  'Direct Reports "x"',
  `user.memberOf -any (group.objectId -in ["placeholder"])`,
  `user.memberOf -any (group.objectId -in [5])`,
  'Direct Reports for "not-a-guid"',
  'user.city -match "*@x"',
  'user.city -eq 12abc',
  '_ -eq "a"',
  `user.memberOf -any (group.objectId -in ["${GUID}"]) -and user.city -eq "a"`,
  `user.memberOf -all (group.objectId -in ["${GUID}"])`,
  `user.memberOf -any (group.objectId -eq "${GUID}")`,
  `user.memberOf -any (group.objectId -in ["${GUID}"] -and group.objectId -in ["${GUID}"])`,
  `user.memberOf -any (group.objectId -in [${Array.from({ length: 51 }, () => `"${GUID}"`).join(',')}])`,
  '(user.city -eq "a") (user.city -eq "b")',
  'city -eq "a"',
  'user.city-eq "a"',
  'user.city -in [["a"]]',
  'user.assignedPlans -any (assignedPlan.service -eq "x" -and user.otherMails -any (_ -eq "a"))',
  'user.city -not "a"',
  'user.city -not null',
  'user.city -contains null',
  'user.assignedPlans -eq "a"',
  'user.accountEnabled -contains true',
  'user.city -any (_ -eq "a")',
  `user.city -eq "${'a'.repeat(3100)}"`,
  `${'('.repeat(101)}user.city -eq "a"${')'.repeat(101)}`,
  'user.city -in ["a"',
  '(user.city -eq "a"',
  'user.city -eq $x',
  'user.city -eq "a" # b',
  'user.city -eq p1d',
  'user.city -eq "a" "b"',
  'user.nonsense',
  'user.foo -eq "a"',
  'nonsense -eq "a"',
  'group.city -eq "a"',
  'machine.city -eq "a"',
  'user.city -xx "a"',
  'user.city - "a"',
  'user.city -eq user.department',
  'user.city -eq Sales',
  `user.city -match "${'a'.repeat(300)}"`,
  'user.city -match "a.*b.*c.*d"',
  'user.city -match "(a)\\1"',
  'user.city -match "(?=a)"',
  'user.city -match "(a+)+"',
  'user.city -match "(a|a)*"',
  'user.city -eq "abc',
  'user.accountEnabled -eq "yes"',
  'user.createdDateTime -ge "yesterday"',
  'user.extensionAttribute1 -le "a"',
  'user.city -match 5',
  'user.city -eq true',
  'user.city -in [true]',
  'user.assignedPlans -any (user.city -eq "a")',
  'user.otherMails -any (user.city -eq "a")',
  'user.memberOf -any (user.city -eq "a")',
  'user.otherMails -any (_ -any (_ -eq "a"))',
];

const diagnosticsOf = (text: string): RuleDiagnostic[] => {
  const result = compileRule(text);
  return result.ok ? [] : result.diagnostics;
};

describe('rule diagnostics in words', () => {
  it.each(RULE_DIAGNOSTIC_CODES)('%s has a message in every language', (code) => {
    const id = diagnosticMessageId(code);
    expect(Object.hasOwn(en, id), `English ${id}`).toBe(true);
    expect(Object.hasOwn(nl, id), `Dutch ${id}`).toBe(true);
  });

  it('the bad rules reach every code the engine can report', () => {
    const seen = new Set(BAD_RULES.flatMap((rule) => diagnosticsOf(rule).map((d) => d.code)));
    const unreachable = ['internal'];
    expect([...seen].sort()).toEqual(
      RULE_DIAGNOSTIC_CODES.filter((c) => !unreachable.includes(c)).sort(),
    );
  });

  it.each(['en-US', 'nl-NL'] as const)(
    '%s words every diagnostic with all its facts and never shows the code',
    (locale) => {
      const t = strictT(locale);
      for (const rule of BAD_RULES) {
        for (const diagnostic of diagnosticsOf(rule)) {
          const text = diagnosticText(t, diagnostic);
          expect(text, rule.slice(0, 60)).not.toContain(diagnostic.code);
          expect(text, rule.slice(0, 60)).not.toMatch(/\{[A-Za-z]+\}/);
          for (const [key, value] of Object.entries(diagnostic.args)) {
            if (SELECTORS.has(key) || typeof value !== 'string' || value === '') continue;
            expect(text, `${rule.slice(0, 60)}: ${key}`).toContain(value.slice(0, 20));
          }
        }
      }
    },
  );

  it('says where in 1-based characters, one convention throughout', () => {
    const t = strictT('en-US');
    const [open] = diagnosticsOf('(user.city -eq "a"');
    expect(open && diagnosticText(t, open)).toBe(
      "The '(' at character 1 is never closed: add ')'. (character 1)",
    );
    const [range] = diagnosticsOf('user.city -xx "a"');
    expect(range && diagnosticText(t, range)).toMatch(/\(characters 11–13\)$/);
  });
});
