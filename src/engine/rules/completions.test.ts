import { describe, expect, it } from 'vitest';
import { completions } from './completions';

/** Labels offered with the cursor at `|`. */
function labels(textWithCursor: string): string[] {
  const cursor = textWithCursor.indexOf('|');
  return completions(textWithCursor.replace('|', ''), cursor).map((c) => c.label);
}

describe('completions from the property and operator tables', () => {
  it('offers user properties, -not and Direct Reports on an empty rule', () => {
    const all = labels('|');
    expect(all).toContain('user.department');
    expect(all).toContain('user.extensionAttribute15');
    expect(all).toContain('-not');
    expect(all).toContain('Direct Reports for');
  });

  it.each([
    ['user.dep|', ['user.department']],
    ['user.DEP|', ['user.department']],
    ['mailn|', ['user.mailNickName']],
    ['user.department -eq "x" -and user.acc|', ['user.accountEnabled']],
    ['user.accountEnabled |', ['-eq', '-ne']],
    ['user.accountEnabled -eq |', ['true', 'false', 'null']],
    ['user.department -sta|', ['-startsWith']],
    ['user.department startsw|', ['-startsWith']],
    ['user.department -eq "x" |', ['-and', '-or']],
    ['user.department -eq "x" -o|', ['-or']],
    ['user.assignedPlans -any (assignedPlan.cap|', ['assignedPlan.capabilityStatus']],
    [
      'user.assignedPlans -any (assignedPlan.capabilityStatus -eq |',
      ['"Enabled"', '"Warning"', '"Suspended"', '"Deleted"', '"LockedOut"', 'null'],
    ],
    ['user.proxyAddresses -any (|', ['_']],
    [
      'user.proxyAddresses |',
      [
        '-eq',
        '-ne',
        '-startsWith',
        '-notStartsWith',
        '-endsWith',
        '-notEndsWith',
        '-contains',
        '-notContains',
        '-match',
        '-notMatch',
        '-in',
        '-notIn',
        '-any',
        '-all',
      ],
    ],
    ['user.employeeHireDate -ge system.now |', ['-and', '-or', '-plus', '-minus']],
    ['user.userType -eq |', ['"Member"', '"Guest"', 'null']],
  ])('%s → %o', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it('gives the span to replace and the text to insert', () => {
    const [first] = completions('user.city -eq "x" -and user.dep', 31);
    expect(first).toMatchObject({
      label: 'user.department',
      insertText: 'user.department',
      replace: { start: 23, end: 31 },
      kind: 'property',
      detail: 'string',
    });
  });

  it('returns nothing inside an unterminated string', () => {
    expect(labels('user.city -eq "La|')).toEqual([]);
  });

  it('clamps the cursor into the text', () => {
    expect(completions('user.dep', 999).map((c) => c.label)).toEqual(['user.department']);
  });
});
