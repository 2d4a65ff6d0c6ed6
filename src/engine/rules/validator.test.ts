import { describe, expect, it } from 'vitest';
import { compileRule } from './index';
import { MAX_MEMBER_OF_GROUPS, MAX_RULE_LENGTH } from './validator';

const GROUP = '62e19b97-8b3d-4d4a-a106-4ce66896a863';

/** [code, text of the span] of every diagnostic, or 'valid'. */
function check(text: string): [string, string][] | 'valid' {
  const result = compileRule(text);
  if (result.ok) return 'valid';
  return result.diagnostics.map((d) => [d.code, text.slice(d.span.start, d.span.end)]);
}

describe('validator: each diagnostic names the problem and points at it', () => {
  it.each([
    [
      'unknown attribute',
      '(user.invalidProperty -eq "Value")',
      'unknown-attribute',
      'user.invalidProperty',
    ],
    [
      'property path too deep',
      'user.department.name -eq "x"',
      'unknown-attribute',
      'user.department.name',
    ],
    [
      'missing user. prefix on a known property',
      '(accountEnabled -eq true) and (user.userType -eq "Member")',
      'missing-object-prefix',
      'accountEnabled',
    ],
    ['unknown bare word', 'foo -eq "x"', 'unknown-attribute', 'foo'],
    ['unknown object', 'users.department -eq "x"', 'unknown-object', 'users.department'],
    ['device property', 'device.deviceOSType -eq "iPad"', 'device-rule', 'device.deviceOSType'],
    [
      'device property mixed into a user rule',
      'user.city -eq "x" -and device.isRooted -eq true',
      'device-rule',
      'device.isRooted',
    ],
    [
      '-contains on a boolean',
      '(user.accountEnabled -contains true)',
      'operator-not-supported',
      '-contains',
    ],
    ['-le on a string', 'user.city -le "x"', 'operator-not-supported', '-le'],
    ['-eq on an object collection', 'user.assignedPlans -eq "x"', 'operator-not-supported', '-eq'],
    ['quoted boolean', 'user.accountEnabled -eq "True"', 'value-type-mismatch', '"True"'],
    ['boolean against text property', 'user.city -eq true', 'value-type-mismatch', 'true'],
    [
      'date property against text',
      'user.employeeHireDate -ge "soon"',
      'value-type-mismatch',
      '"soon"',
    ],
    ['-match with a number', 'user.city -match 5', 'value-type-mismatch', '5'],
    ['-in without a list', 'user.city -in "Lagos"', 'in-needs-array', '"Lagos"'],
    ['a list after -eq', 'user.city -eq ["Lagos"]', 'array-not-allowed', '["Lagos"]'],
    ['empty list', 'user.city -in []', 'empty-array', '[]'],
    ['null in a list', 'user.city -in ["a", null]', 'value-type-mismatch', 'null'],
    ['null with -contains', 'user.city -contains null', 'null-needs-eq-ne', 'null'],
    ['null with -startsWith', 'user.city -startsWith $null', 'null-needs-eq-ne', '$null'],
    [
      '-any on a single-valued property',
      'user.department -any (_ -eq "x")',
      'quantifier-needs-collection',
      '-any',
    ],
    [
      '-all on a boolean',
      'user.accountEnabled -all (_ -eq "x")',
      'quantifier-needs-collection',
      '-all',
    ],
    [
      'wrong item property in assignedPlans',
      'user.assignedPlans -any (_ -eq "x")',
      'wrong-item-property',
      '_',
    ],
    [
      'user property inside -any',
      'user.proxyAddresses -any (user.city -eq "x")',
      'wrong-item-property',
      'user.city',
    ],
    [
      'unknown assignedPlan property',
      'user.assignedPlans -any (assignedPlan.skuId -eq "x")',
      'wrong-item-property',
      'assignedPlan.skuId',
    ],
    ['_ outside a quantifier', '_ -eq "x"', 'item-outside-collection', '_'],
    [
      'assignedPlan outside a quantifier',
      'assignedPlan.service -eq "x"',
      'item-outside-collection',
      'assignedPlan.service',
    ],
    [
      'nested quantifier',
      'user.proxyAddresses -any (_ -any (_ -eq "x"))',
      'nested-quantifier',
      '-any',
    ],
    [
      'invalid regex',
      '(user.userPrincipalName -match "*@domain.ext")',
      'invalid-regex',
      '"*@domain.ext"',
    ],
    ['catastrophic regex', 'user.city -match "(a+)+$"', 'unsafe-regex', '"(a+)+$"'],
    [
      'memberOf placeholder id',
      "user.memberOf -any (group.objectId -in ['value'])",
      'invalid-group-id',
      "'value'",
    ],
    [
      'memberOf with -eq',
      `user.memberOf -any (group.objectId -eq '${GROUP}')`,
      'member-of-syntax',
      '-eq',
    ],
    [
      'memberOf with -all',
      `user.memberOf -all (group.objectId -in ['${GROUP}'])`,
      'member-of-syntax',
      '-all',
    ],
    [
      'memberOf without a list',
      `user.memberOf -any (group.objectId -in '${GROUP}')`,
      'in-needs-array',
      `'${GROUP}'`,
    ],
    [
      'memberOf combined with -and',
      `user.memberOf -any (group.objectId -in ['${GROUP}']) -and user.city -eq "Redmond"`,
      'member-of-combined',
      `user.memberOf -any (group.objectId -in ['${GROUP}'])`,
    ],
    [
      'memberOf under -not',
      `-not user.memberOf -any (group.objectId -in ['${GROUP}'])`,
      'member-of-combined',
      `user.memberOf -any (group.objectId -in ['${GROUP}'])`,
    ],
    [
      'memberOf with another item property',
      `user.memberOf -any (group.displayName -in ['x'])`,
      'wrong-item-property',
      'group.displayName',
    ],
    [
      'Direct Reports with a placeholder id',
      'Direct Reports for "{objectID_of_manager}"',
      'invalid-object-id',
      '"{objectID_of_manager}"',
    ],
  ])('%s', (_name, text, code, at) => {
    expect(check(text)).toContainEqual([code, at]);
  });

  it(`rejects more than ${String(MAX_MEMBER_OF_GROUPS)} memberOf groups`, () => {
    const ids = Array.from(
      { length: MAX_MEMBER_OF_GROUPS + 1 },
      (_, i) => `'${GROUP.slice(0, -4)}${String(i).padStart(4, '0')}'`,
    );
    const text = `user.memberOf -any (group.objectId -in [${ids.join(',')}])`;
    expect(check(text)).toEqual([['member-of-too-many-groups', `[${ids.join(',')}]`]]);
    expect(check(text.replace(ids[ids.length - 1] ?? '', '').replace(',]', ']'))).toBe('valid');
  });

  it(`rejects rules longer than ${String(MAX_RULE_LENGTH)} characters and points past the limit`, () => {
    const clause = 'user.city -eq "Lagos"';
    const long = Array.from({ length: 200 }, () => clause).join(' -or ');
    const result = check(long);
    expect(result).not.toBe('valid');
    expect(result !== 'valid' && result.map(([code]) => code)).toEqual(['rule-too-long']);
    expect(check(long.slice(0, long.lastIndexOf(' -or ', MAX_RULE_LENGTH)))).toBe('valid');
  });

  it('reports every problem in a rule, in reading order', () => {
    expect(
      check('user.nope -eq "x" -and user.accountEnabled -contains true -or device.x -eq "y"'),
    ).toEqual([
      ['unknown-attribute', 'user.nope'],
      ['operator-not-supported', '-contains'],
      ['device-rule', 'device.x'],
    ]);
  });

  it('calls a device rule a device rule even when it does not parse', () => {
    expect(check('(device.devicePhysicalIds -any _ -eq "[OrderID]:179887111881"')).toEqual([
      ['unbalanced-parenthesis', '('],
      ['device-rule', 'device.devicePhysicalIds'],
    ]);
  });

  it.each([
    'user.mail -ne null',
    'user.department -eq $null',
    '-not (user.mail -eq null)',
    'user.city -eq ""',
    'user.employeeHireDate -le 2020-06-10T18:13:20Z',
    'user.employeeHireDate -ge "2020-06-10"',
    'user.employeeHireDate -ge system.now -plus p1d',
    'user.employeeHireDate -eq null',
    'user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber -ge 100',
    'user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber -eq true',
    'user.extensionAttribute15 -eq "Marketing"',
    'user.EXTENSIONATTRIBUTE1 -contains "x"',
    'user.department -eq 50001',
    'user.proxyAddresses -eq null',
    'user.otherMails -in ["a@b.c"]',
    'user.assignedPlans -all (assignedPlan.servicePlanId -eq "")',
    `user.MemberOf -ANY (Group.ObjectId -In ["${GROUP}", '${GROUP.toUpperCase()}'])`,
  ])('accepts %s', (text) => {
    expect(check(text)).toBe('valid');
  });

  it('does not know extensionAttribute16', () => {
    expect(check('user.extensionAttribute16 -eq "x"')).toEqual([
      ['unknown-attribute', 'user.extensionAttribute16'],
    ]);
  });
});
