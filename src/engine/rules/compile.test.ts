import { describe, expect, it } from 'vitest';
import type { MembershipRule } from '../types';
import type { UserProfile } from '../user-profile';
import { context, user } from './__fixtures__/users';
import type { RuleContext } from './compile';
import { compileRule, type CompiledRule } from './index';

function compiled(text: string): CompiledRule {
  const result = compileRule(text);
  if (!result.ok)
    throw new Error(`${text}: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.rule;
}

function matches(text: string, u: UserProfile, ctx: RuleContext = context()): boolean {
  return compiled(text).matches(u, ctx);
}

const unset = user();
const sales = user({ department: 'Sales', displayName: 'David', city: 'Lagos' });
const empty = user({ department: '' });

type Case = readonly [rule: string, who: UserProfile, expected: boolean];

function table(name: string, cases: readonly Case[]): void {
  describe(name, () => {
    it.each(
      cases.map(
        ([rule, who, expected]) =>
          [
            rule,
            who === unset
              ? 'unset'
              : who === empty
                ? 'empty ""'
                : JSON.stringify(who.department ?? who.displayName),
            expected,
            who,
          ] as const,
      ),
    )('%s on %s → %s', (rule, _label, expected, who) => {
      expect(matches(rule, who)).toBe(expected);
    });
  });
}

table('text operators ignore case', [
  ['user.department -eq "sales"', sales, true],
  ['user.department -eq "SALES"', sales, true],
  ['user.department -eq "Sale"', sales, false],
  ['user.department -ne "sales"', sales, false],
  ['user.department -startsWith "SA"', sales, true],
  ['user.department -endsWith "LES"', sales, true],
  ['user.department -contains "al"', sales, true],
  ['user.department -notContains "AL"', sales, false],
  ['user.department -notStartsWith "x"', sales, true],
  ['user.department -notEndsWith "s"', sales, false],
  ['user.department -in ["Marketing","SALES"]', sales, true],
  ['user.department -in ["a","b","c","d","e","sales"]', sales, true],
  ['user.department -in ["a","b","c","d","e","f"]', sales, false],
  ['user.department -notIn ["sales"]', sales, false],
  ['user.department -eq 50001', user({ department: '50001' }), true],
  ['user.displayName -eq "İSTANBUL"', user({ displayName: 'i̇stanbul' }), true],
]);

table('null and "" are the same unset value', [
  ['user.department -eq null', unset, true],
  ['user.department -eq null', empty, true],
  ['user.department -eq ""', unset, true],
  ['user.department -eq $null', sales, false],
  ['user.department -ne null', unset, false],
  ['user.department -ne null', empty, false],
  ['user.department -ne null', sales, true],
  ['user.department -eq "x"', unset, false],
  ['user.department -ne "x"', unset, true],
  ['user.department -startsWith "x"', unset, false],
  ['user.department -contains ""', unset, false],
  ['user.department -match ".*"', unset, false],
  ['user.department -in ["x"]', unset, false],
  ['user.department -notStartsWith "x"', unset, true],
  ['user.department -notEndsWith "x"', unset, true],
  ['user.department -notContains "x"', unset, true],
  ['user.department -notMatch "x"', unset, true],
  ['user.department -notIn ["x"]', unset, true],
  ['-not (user.department -eq null)', unset, false],
]);

table('-match is an unanchored, case-insensitive search (documented examples)', [
  ['user.displayName -match "^Da.*"', user({ displayName: 'Da' }), true],
  ['user.displayName -match "^Da.*"', user({ displayName: 'David' }), true],
  ['user.displayName -match "^Da.*"', user({ displayName: 'aDa' }), false],
  ['user.displayName -match ".*vid"', user({ displayName: 'David' }), true],
  ['user.displayName -match ".*vid"', user({ displayName: 'Da' }), false],
  ['user.displayName -match "DAV"', user({ displayName: 'david' }), true],
  ['user.city -match ".*?ago.*"', sales, true],
  [
    'user.userPrincipalName -match "@contoso\\.com$"',
    user({ userPrincipalName: 'a@CONTOSO.com' }),
    true,
  ],
  ['user.displayName -notMatch "^Da"', user({ displayName: 'David' }), false],
  ['user.city -match "end$"', user({ city: `${'x'.repeat(1100)}end` }), false],
]);

table('booleans', [
  ['user.accountEnabled -eq true', user({ accountEnabled: true }), true],
  ['user.accountEnabled -eq false', user({ accountEnabled: true }), false],
  ['user.accountEnabled -ne false', user({ accountEnabled: true }), true],
  ['user.dirSyncEnabled -eq true', user({ onPremisesSyncEnabled: true }), true],
  ['user.dirSyncEnabled -eq false', user({ onPremisesSyncEnabled: null }), false],
  ['user.dirSyncEnabled -ne true', user({ onPremisesSyncEnabled: null }), true],
  ['user.dirSyncEnabled -eq null', user({ onPremisesSyncEnabled: null }), true],
]);

const mails = user({
  proxyAddresses: ['SMTP:David@contoso.com', 'smtp:dave@outlook.com'],
  otherMails: [],
});
table('direct operators on string collections: any element matches; negated: no element matches', [
  ['user.proxyAddresses -contains "outlook"', mails, true],
  ['user.proxyAddresses -startsWith "smtp:david"', mails, true],
  ['user.proxyAddresses -notEndsWith "@outlook.com"', mails, false],
  ['user.proxyAddresses -notEndsWith "@fabrikam.com"', mails, true],
  ['user.proxyAddresses -eq "smtp:dave@outlook.com"', mails, true],
  ['user.proxyAddresses -ne "smtp:dave@outlook.com"', mails, false],
  ['user.proxyAddresses -in ["smtp:dave@outlook.com"]', mails, true],
  ['user.proxyAddresses -match "^smtp:d.*@contoso"', mails, true],
  ['user.otherMails -contains "x"', mails, false],
  ['user.otherMails -notContains "x"', mails, true],
  ['user.otherMails -eq null', mails, true],
  ['user.proxyAddresses -eq null', mails, false],
  ['user.proxyAddresses -ne null', mails, true],
]);

table('-any / -all over string collections', [
  ['user.proxyAddresses -any (_ -startsWith "smtp:dave")', mails, true],
  ['user.proxyAddresses -any _ -contains "fabrikam"', mails, false],
  ['user.proxyAddresses -all (_ -startsWith "smtp:")', mails, true],
  ['user.proxyAddresses -all (_ -contains "contoso")', mails, false],
  ['user.otherMails -any (_ -ne null)', mails, false],
  ['user.otherMails -all (_ -eq "x")', mails, true],
]);

table('extension attributes and directory extensions', [
  [
    'user.extensionAttribute15 -eq "marketing"',
    user({ extensionAttributes: { extensionAttribute15: 'Marketing' } }),
    true,
  ],
  ['user.extensionAttribute1 -eq null', user({ extensionAttributes: {} }), true],
  [
    'user.extensionAttribute1 -ne null',
    user({ extensionAttributes: { extensionAttribute1: null } }),
    false,
  ],
  [
    'user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber -eq "123"',
    user({ extensions: { extension_c272a57b722d4eb29bfe327874ae79cb_officenumber: 123 } }),
    true,
  ],
  [
    'user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber -eq 123',
    user({ extensions: { extension_c272a57b722d4eb29bfe327874ae79cb_officenumber: '123' } }),
    true,
  ],
  [
    'user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber -ge 100',
    user({ extensions: { extension_c272a57b722d4eb29bfe327874ae79cb_officenumber: 123 } }),
    true,
  ],
  [
    'user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber -le 100',
    user({ extensions: { extension_c272a57b722d4eb29bfe327874ae79cb_officenumber: 123 } }),
    false,
  ],
  [
    'user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber -ge 100',
    user({ extensions: { extension_c272a57b722d4eb29bfe327874ae79cb_officenumber: 'n/a' } }),
    false,
  ],
  [
    'user.extension_c272a57b722d4eb29bfe327874ae79cb_Flag -eq true',
    user({ extensions: { extension_c272a57b722d4eb29bfe327874ae79cb_flag: true } }),
    true,
  ],
  ['user.extension_c272a57b722d4eb29bfe327874ae79cb_Flag -eq null', user(), true],
]);

describe('dates and system.now', () => {
  const now = Date.UTC(2024, 0, 15, 12);
  const hired = (iso: string | null) => user({ employeeHireDate: iso });
  it.each([
    ['user.employeeHireDate -le 2020-06-10T18:13:20Z', hired('2020-06-10T18:13:20Z'), true],
    ['user.employeeHireDate -le 2020-06-10T18:13:20Z', hired('2020-06-10T18:13:21Z'), false],
    ['user.employeeHireDate -ge 2020-06-10', hired('2020-06-10T00:00:00Z'), true],
    ['user.employeeHireDate -ge "2020-06-11"', hired('2020-06-10T23:59:59Z'), false],
    ['user.employeeHireDate -eq 2020-06-10T18:13:20Z', hired('2020-06-10T20:13:20+02:00'), true],
    ['user.employeeHireDate -ge system.now -plus p1d', hired('2024-01-16T12:00:00Z'), true],
    ['user.employeeHireDate -ge system.now -plus p1d', hired('2024-01-16T11:59:59Z'), false],
    ['user.employeeHireDate -le system.now -minus P1M', hired('2023-12-15T12:00:00Z'), true],
    ['user.employeeHireDate -le system.now -minus P1M', hired('2023-12-15T12:00:01Z'), false],
    [
      'user.employeeHireDate -ge system.now -minus p1y -plus pt12h',
      hired('2023-01-16T00:00:00Z'),
      true,
    ],
    ['user.employeeHireDate -ge system.now', hired(null), false],
    ['user.employeeHireDate -le system.now', hired('not a date'), false],
    ['user.employeeHireDate -ne 2020-06-10', hired(null), true],
    ['user.employeeHireDate -eq null', hired(null), true],
  ] as const)('%s on %o → %s', (rule, who, expected) => {
    expect(matches(rule, who, context({ now }))).toBe(expected);
  });

  it('reads the clock from the context at every evaluation, not at compile time', () => {
    const rule = compiled('user.employeeHireDate -ge system.now');
    const u = hired('2024-01-15T12:00:00Z');
    expect(rule.matches(u, context({ now }))).toBe(true);
    expect(rule.matches(u, context({ now: now + 1 }))).toBe(false);
  });
});

describe('assignedPlans, memberOf, Direct Reports', () => {
  const exchange = 'efb87545-963c-4e0d-99df-69c6916d9eb0';
  const u = user({ id: 'u1' });
  const plans = context({
    plans: {
      u1: [
        { servicePlanId: exchange, service: 'exchange', capabilityStatus: 'Enabled' },
        {
          servicePlanId: '57ff2da0-773e-42df-b2af-ffb7a2317929',
          service: 'TeamspaceAPI',
          capabilityStatus: 'Suspended',
        },
      ],
    },
  });
  it.each([
    [
      `user.assignedPlans -any (assignedPlan.servicePlanId -eq "${exchange.toUpperCase()}" -and assignedPlan.capabilityStatus -eq "Enabled")`,
      true,
    ],
    [
      'user.assignedPlans -any (assignedPlan.service -eq "exchange" -and assignedPlan.capabilityStatus -eq "Suspended")',
      false,
    ],
    ['user.assignedPlans -all (assignedPlan.capabilityStatus -in ["Enabled","Suspended"])', true],
    ['user.assignedPlans -all (assignedPlan.servicePlanId -eq null)', false],
  ])('%s → %s', (rule, expected) => {
    expect(matches(rule, u, plans)).toBe(expected);
  });

  it('-any is false and -all is true for a user without plans', () => {
    expect(matches('user.assignedPlans -any (assignedPlan.servicePlanId -ne null)', u)).toBe(false);
    expect(matches('user.assignedPlans -all (assignedPlan.servicePlanId -eq null)', u)).toBe(true);
  });

  it('memberOf asks the context about each listed group (ids lower-cased)', () => {
    const g1 = 'AAAAAAAA-0000-1111-2222-BBBBBBBBBBBB';
    const g2 = 'cccccccc-0000-1111-2222-dddddddddddd';
    const rule = compiled(`user.memberof -any (group.objectId -in ['${g1}', '${g2}'])`);
    expect(rule.kind).toBe('memberOf');
    expect(rule.dependsOn.memberOfGroupIds).toEqual([g1.toLowerCase(), g2]);
    expect(rule.matches(u, context({ memberOf: { u1: [g2] } }))).toBe(true);
    expect(rule.matches(u, context({ memberOf: { u1: [g1.toLowerCase()] } }))).toBe(true);
    expect(rule.matches(u, context({ memberOf: { u2: [g2] } }))).toBe(false);
  });

  it('Direct Reports matches users whose manager is the given id (case-insensitive), not transitive', () => {
    const rule = compiled('Direct Reports for "62E19B97-8b3d-4d4a-a106-4ce66896a863"');
    expect(rule.kind).toBe('directReports');
    expect(
      rule.matches(user({ managerId: '62e19b97-8b3d-4d4a-a106-4ce66896a863' }), context()),
    ).toBe(true);
    expect(
      rule.matches(user({ managerId: 'aaaaaaaa-8b3d-4d4a-a106-4ce66896a863' }), context()),
    ).toBe(false);
    expect(rule.matches(user({ managerId: null }), context())).toBe(false);
    expect(rule.dependsOn).toMatchObject({
      managerId: '62e19b97-8b3d-4d4a-a106-4ce66896a863',
      attributes: new Set(['managerId']),
    });
  });
});

describe('integration with the licensing engine', () => {
  it('a compiled rule is a MembershipRule and a RuleContext is a MembershipContext', () => {
    const rule: MembershipRule = compiled('user.department -eq "Sales"');
    expect(rule.matches(sales, context())).toBe(true);
  });
});

describe('dependsOn lists what a rule reads', () => {
  it('attributes, plans and clock', () => {
    const rule = compiled(
      '(user.department -eq "Sales") -and (user.mobile -ne null) -and (user.extensionAttribute3 -eq "x") -and (user.employeeHireDate -ge system.now) -or user.assignedPlans -any (assignedPlan.service -eq "SCO")',
    );
    expect([...rule.dependsOn.attributes].sort()).toEqual([
      'department',
      'employeeHireDate',
      'extensionAttributes',
      'mobilePhone',
    ]);
    expect(rule.dependsOn).toMatchObject({
      assignedPlans: true,
      usesNow: true,
      managerId: null,
      memberOfGroupIds: [],
    });
  });

  it('a rule without system.now does not use the clock', () => {
    expect(compiled('user.employeeHireDate -le 2020-01-01').dependsOn.usesNow).toBe(false);
  });
});

describe('explain: one result per sub-expression, for "Validate rules"', () => {
  it('gives each condition its source text and outcome', () => {
    const rule = compiled(
      '(user.department -eq "Sales") -and -not (user.jobTitle -startsWith "Intern") -or user.city -eq "Tokyo"',
    );
    const result = rule.explain(user({ department: 'Sales', jobTitle: 'Intern' }), context());
    expect(result).toMatchObject({
      kind: 'or',
      result: false,
      children: [
        {
          kind: 'and',
          result: false,
          children: [
            { kind: 'comparison', text: '(user.department -eq "Sales")', result: true },
            {
              kind: 'not',
              text: '-not (user.jobTitle -startsWith "Intern")',
              result: false,
              children: [{ text: '(user.jobTitle -startsWith "Intern")', result: true }],
            },
          ],
        },
        { kind: 'comparison', text: 'user.city -eq "Tokyo"', result: false },
      ],
    });
  });

  it('agrees with matches on the root', () => {
    const rule = compiled('Direct Reports for "62e19b97-8b3d-4d4a-a106-4ce66896a863"');
    const u = user({ managerId: '62e19b97-8b3d-4d4a-a106-4ce66896a863' });
    expect(rule.explain(u, context())).toMatchObject({
      kind: 'directReports',
      result: true,
      children: [],
    });
  });
});
