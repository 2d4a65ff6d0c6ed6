import { describe, expect, it } from 'vitest';
import { LicensingError, messages } from './errors';
import {
  addGroup,
  addUser,
  enabledPlans,
  onlyPlans,
  planOf,
  planStatus,
  seats,
  skuOf,
  statesOf,
  testTenant,
} from './testing/tenant-builder';
import { compileRule } from './rules/index';
import type { MembershipRule } from './types';

const E1 = skuOf('STANDARDPACK');
const E3 = skuOf('ENTERPRISEPACK');
const E5 = skuOf('ENTERPRISEPREMIUM');
const EMS = skuOf('EMS');
const AUDIO = skuOf('MCOMEETADV');

/**
 * The documentation's two E3 groups: base services and extended services, SharePoint in both, 7 plans
 * between them ("7 of the 12 services": E3 had 12 plans then, 36 in today's catalog).
 */
const E3_BASE = [
  'EXCHANGE_S_ENTERPRISE',
  'SHAREPOINTENTERPRISE',
  'OFFICESUBSCRIPTION',
  'MCOSTANDARD',
];
const E3_EXTENDED = ['SHAREPOINTENTERPRISE', 'YAMMER_ENTERPRISE', 'STREAM_O365_E3', 'SWAY'];

/** The documented rules of the two licensing groups, compiled by the rule language. */
function attributeContains(token: string): MembershipRule {
  const compiled = compileRule(`user.extensionAttribute1 -contains "${token}"`);
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
  return compiled.rule;
}

describe('product documentation scenarios', () => {
  it('two groups, same SKU: plans are the union of both groups, one seat', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(10));
    addUser(tenant, 'ada');
    addGroup(tenant, 'e3-base', ['ada']);
    addGroup(tenant, 'e3-extended', ['ada']);
    tenant.assignGroupLicenses(
      'e3-base',
      [{ skuId: E3, disabledPlans: onlyPlans('ENTERPRISEPACK', E3_BASE) }],
      [],
    );
    tenant.assignGroupLicenses(
      'e3-extended',
      [{ skuId: E3, disabledPlans: onlyPlans('ENTERPRISEPACK', E3_EXTENDED) }],
      [],
    );
    tenant.drain();

    const expected = new Set(
      [...E3_BASE, ...E3_EXTENDED].map((name) => planOf('ENTERPRISEPACK', name)),
    );
    expect(new Set(enabledPlans(tenant, 'ada', 'ENTERPRISEPACK'))).toEqual(expected);
    expect(expected.size).toBe(7);
    expect(tenant.subscription(E3)?.consumedUnits).toBe(1);
    expect(tenant.license('ada')?.assignedLicenses).toHaveLength(1);
    expect(statesOf(tenant, 'ada')).toEqual([
      'Active/None@e3-base:ENTERPRISEPACK',
      'Active/None@e3-extended:ENTERPRISEPACK',
    ]);
  });

  it('direct E3 with only Yammer on top of an inherited E3 enables Yammer for that user only, one seat; removing it keeps the inherited plans', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(10));
    addUser(tenant, 'ada');
    addUser(tenant, 'bob');
    addGroup(tenant, 'e3-base', ['ada', 'bob']);
    tenant.assignGroupLicenses(
      'e3-base',
      [{ skuId: E3, disabledPlans: onlyPlans('ENTERPRISEPACK', E3_BASE) }],
      [],
    );
    tenant.drain();
    const yammer = planOf('ENTERPRISEPACK', 'YAMMER_ENTERPRISE');

    tenant.assignUserLicenses(
      'ada',
      [{ skuId: E3, disabledPlans: onlyPlans('ENTERPRISEPACK', ['YAMMER_ENTERPRISE']) }],
      [],
    );
    expect(enabledPlans(tenant, 'ada', 'ENTERPRISEPACK')).toContain(yammer);
    expect(enabledPlans(tenant, 'bob', 'ENTERPRISEPACK')).not.toContain(yammer);
    expect(enabledPlans(tenant, 'ada', 'ENTERPRISEPACK')).toHaveLength(E3_BASE.length + 1);
    expect(tenant.subscription(E3)?.consumedUnits).toBe(2);

    expect(() => tenant.assignUserLicenses('bob', [], [E3])).toThrow(
      messages.inheritedCannotBeRemoved,
    );
    tenant.assignUserLicenses('ada', [], [E3]);
    expect(enabledPlans(tenant, 'ada', 'ENTERPRISEPACK')).toHaveLength(E3_BASE.length);
    expect(planStatus(tenant, 'ada', yammer)).toBe('Suspended');
    expect(statesOf(tenant, 'ada')).toEqual(['Active/None@e3-base:ENTERPRISEPACK']);
    expect(tenant.subscription(E3)?.consumedUnits).toBe(2);
  });

  it('a user without usage location gets the tenant country through a group, but a direct assignment fails', () => {
    const { tenant } = testTenant('GB');
    tenant.addSubscription(E3, seats(10));
    addUser(tenant, 'ada', { usageLocation: null });
    addUser(tenant, 'bob', { usageLocation: null });
    addUser(tenant, 'cy', { usageLocation: 'FR' });
    addGroup(tenant, 'all', ['ada', 'cy']);

    expect(() => tenant.assignUserLicenses('bob', [{ skuId: E3, disabledPlans: [] }], [])).toThrow(
      messages.invalidUsageLocation,
    );
    expect(tenant.license('bob')?.assignedLicenses).toEqual([]);

    tenant.assignGroupLicenses('all', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    expect(tenant.profile('ada')?.usageLocation).toBe('GB');
    expect(tenant.profile('cy')?.usageLocation).toBe('FR');
    expect(statesOf(tenant, 'ada')).toEqual(['Active/None@all:ENTERPRISEPACK']);
  });

  it('a new plan added to E5 is enabled in the "Exchange only" group; disabling it there keeps it for users who get it elsewhere', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E5, seats(10));
    addUser(tenant, 'ada');
    addUser(tenant, 'bob');
    addGroup(tenant, 'e5-exchange-only', ['ada', 'bob']);
    addGroup(tenant, 'e5-full', ['bob']);
    tenant.assignGroupLicenses(
      'e5-exchange-only',
      [{ skuId: E5, disabledPlans: onlyPlans('ENTERPRISEPREMIUM', ['EXCHANGE_S_ENTERPRISE']) }],
      [],
    );
    tenant.assignGroupLicenses('e5-full', [{ skuId: E5, disabledPlans: [] }], []);
    tenant.drain();

    const newPlan = '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';
    const groups = tenant.addServicePlan(E5, {
      servicePlanId: newPlan,
      servicePlanName: 'COPILOT_NEW',
      friendlyName: 'A new service',
    });
    expect(groups.map((g) => g.id)).toEqual(['e5-exchange-only', 'e5-full']);
    tenant.drain();
    expect(planStatus(tenant, 'ada', newPlan)).toBe('Enabled');
    expect(tenant.groupsWithNewPlans(E5).map((g) => g.groupId)).toEqual([
      'e5-exchange-only',
      'e5-full',
    ]);

    const current = tenant.group('e5-exchange-only')?.assignedLicenses[0]?.disabledPlans ?? [];
    tenant.assignGroupLicenses(
      'e5-exchange-only',
      [{ skuId: E5, disabledPlans: [...current, newPlan] }],
      [],
    );
    tenant.drain();
    expect(planStatus(tenant, 'ada', newPlan)).toBe('Suspended');
    expect(planStatus(tenant, 'bob', newPlan)).toBe('Enabled');
    expect(tenant.groupsWithNewPlans(E5).map((g) => g.groupId)).toEqual(['e5-full']);
  });

  it('extensionAttribute1 "EMS;E5_baseservices;" puts the user in both dynamic groups with both licences; clearing it removes them', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(EMS, seats(10));
    tenant.addSubscription(E5, seats(10));
    tenant.createGroup({
      id: 'ems-users',
      securityEnabled: true,
      membership: { kind: 'dynamic', rule: attributeContains('EMS;'), paused: false },
    });
    tenant.createGroup({
      id: 'e5-base',
      securityEnabled: true,
      membership: { kind: 'dynamic', rule: attributeContains('E5_baseservices;'), paused: false },
    });
    tenant.assignGroupLicenses('ems-users', [{ skuId: EMS, disabledPlans: [] }], []);
    tenant.assignGroupLicenses('e5-base', [{ skuId: E5, disabledPlans: [] }], []);
    addUser(tenant, 'ada', {
      extensionAttributes: { extensionAttribute1: 'EMS;E5_baseservices;' },
    });
    tenant.drain();
    expect(tenant.memberOf('ada')).toEqual(['ems-users', 'e5-base']);
    expect(statesOf(tenant, 'ada')).toEqual([
      'Active/None@ems-users:EMS',
      'Active/None@e5-base:ENTERPRISEPREMIUM',
    ]);
    // RMS_S_ENTERPRISE comes from both EMS and E5: the same plan stacks without error.
    expect(planStatus(tenant, 'ada', planOf('EMS', 'RMS_S_ENTERPRISE'))).toBe('Enabled');

    tenant.updateUser('ada', { extensionAttributes: { extensionAttribute1: 'EMS;' } });
    tenant.drain();
    expect(tenant.memberOf('ada')).toEqual(['ems-users']);
    expect(planStatus(tenant, 'ada', planOf('ENTERPRISEPREMIUM', 'EXCHANGE_S_ENTERPRISE'))).toBe(
      'Suspended',
    );
    expect(planStatus(tenant, 'ada', planOf('EMS', 'RMS_S_ENTERPRISE'))).toBe('Enabled');
    expect(tenant.subscription(E5)?.consumedUnits).toBe(0);
  });

  it('Validate rules: a chosen user is member or not, with the result of every sub-expression', () => {
    const { tenant } = testTenant();
    addUser(tenant, 'ada', {
      department: 'Sales',
      extensionAttributes: { extensionAttribute1: 'EMS;' },
    });
    const compiled = compileRule(
      '(user.department -eq "Sales") -and (user.extensionAttribute1 -contains "E5_baseservices;")',
    );
    if (!compiled.ok) throw new Error('rule should compile');
    const profile = tenant.profile('ada');
    if (!profile) throw new Error('ada exists');
    const result = compiled.rule.explain(profile, tenant.ruleContext());
    expect(result.result).toBe(false);
    expect(result.children.map((c) => [c.text, c.result])).toEqual([
      ['(user.department -eq "Sales")', true],
      ['(user.extensionAttribute1 -contains "E5_baseservices;")', false],
    ]);
  });

  it('seats run out: CountViolation; freeing seats does not heal; Reprocess does', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(2));
    const users = ['ada', 'bob', 'cy', 'dee'].map((id) => addUser(tenant, id));
    addGroup(tenant, 'sales', users);
    tenant.assignGroupLicenses('sales', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    expect(users.map((id) => statesOf(tenant, id)[0])).toEqual([
      'Active/None@sales:ENTERPRISEPACK',
      'Active/None@sales:ENTERPRISEPACK',
      'Error/CountViolation@sales:ENTERPRISEPACK',
      'Error/CountViolation@sales:ENTERPRISEPACK',
    ]);
    expect(tenant.subscription(E3)?.consumedUnits).toBe(2);
    expect(tenant.membersWithLicenseErrors('sales')).toEqual(['cy', 'dee']);

    tenant.updateSubscription(E3, seats(4));
    tenant.drain();
    expect(statesOf(tenant, 'cy')).toEqual(['Error/CountViolation@sales:ENTERPRISEPACK']);

    tenant.reprocessGroup('sales');
    tenant.drain();
    expect(tenant.membersWithLicenseErrors('sales')).toEqual([]);
    expect(tenant.subscription(E3)?.consumedUnits).toBe(4);
  });

  it('members of a nested group get nothing from the licensed group', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(10));
    addUser(tenant, 'ada');
    addUser(tenant, 'bob');
    addGroup(tenant, 'inner', ['bob']);
    addGroup(tenant, 'outer', ['ada']);
    tenant.addMember('outer', 'inner');
    tenant.assignGroupLicenses('outer', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    expect(tenant.group('outer')?.groupMemberIds).toEqual(['inner']);
    expect(statesOf(tenant, 'ada')).toEqual(['Active/None@outer:ENTERPRISEPACK']);
    expect(statesOf(tenant, 'bob')).toEqual([]);
  });

  it('a group that is not security-enabled is refused a licence', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(10));
    addGroup(tenant, 'm365', [], false);
    expect(() =>
      tenant.assignGroupLicenses('m365', [{ skuId: E3, disabledPlans: [] }], []),
    ).toThrow(messages.notSecurityEnabled('m365'));
    expect(tenant.group('m365')?.assignedLicenses).toEqual([]);
  });

  it('leaving a group suspends the plans and releases the seat; after the grace period they read Deleted; rejoining inside it re-enables', () => {
    const { tenant, clock } = testTenant();
    tenant.addSubscription(E3, seats(1));
    addUser(tenant, 'ada');
    addUser(tenant, 'bob');
    addGroup(tenant, 'sales', ['ada']);
    tenant.assignGroupLicenses('sales', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    const exchange = planOf('ENTERPRISEPACK', 'EXCHANGE_S_ENTERPRISE');

    tenant.removeMember('sales', 'ada');
    tenant.drain();
    expect(planStatus(tenant, 'ada', exchange)).toBe('Suspended');
    expect(tenant.subscription(E3)?.consumedUnits).toBe(0);
    clock.advanceDays(29);
    expect(planStatus(tenant, 'ada', exchange)).toBe('Suspended');
    tenant.addMember('sales', 'ada');
    tenant.drain();
    expect(planStatus(tenant, 'ada', exchange)).toBe('Enabled');

    tenant.removeMember('sales', 'ada');
    tenant.drain();
    clock.advanceDays(30);
    expect(planStatus(tenant, 'ada', exchange)).toBe('Deleted');
    expect(tenant.license('ada')?.assignedLicenses).toEqual([]);
  });

  it('SharePoint Plan 1 (E1, direct) and Plan 2 (E3, group) conflict: MutuallyExclusiveViolation, nothing from the group applied', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E1, seats(10));
    tenant.addSubscription(E3, seats(10));
    tenant.addSubscription(EMS, seats(10));
    addUser(tenant, 'ada');
    tenant.assignUserLicenses('ada', [{ skuId: E1, disabledPlans: [] }], []);
    addGroup(tenant, 'hr', ['ada']);
    tenant.assignGroupLicenses(
      'hr',
      [
        { skuId: E3, disabledPlans: [] },
        { skuId: EMS, disabledPlans: [] },
      ],
      [],
    );
    tenant.drain();
    expect(statesOf(tenant, 'ada')).toEqual([
      'Active/None@direct:STANDARDPACK',
      'Error/MutuallyExclusiveViolation@hr:ENTERPRISEPACK',
      'Error/Other@hr:EMS',
    ]);
    const state = tenant.license('ada')?.licenseAssignmentStates[1];
    expect(state?.errorPlans).toEqual([
      planOf('ENTERPRISEPACK', 'SHAREPOINTENTERPRISE'),
      planOf('STANDARDPACK', 'SHAREPOINTSTANDARD'),
    ]);
    expect(tenant.subscription(E3)?.consumedUnits).toBe(0);
    expect(tenant.subscription(EMS)?.consumedUnits).toBe(0);
    expect(() => tenant.assignUserLicenses('ada', [{ skuId: E3, disabledPlans: [] }], [])).toThrow(
      LicensingError,
    );
  });

  it('Audio Conferencing needs Skype for Business Online (Plan 2): refused directly without it and in a group without it', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(AUDIO, seats(10));
    tenant.addSubscription(E3, seats(10));
    addUser(tenant, 'ada');
    addGroup(tenant, 'audio', ['ada']);
    const audioPlan = planOf('MCOMEETADV', 'MCOMEETADV');
    const skype = planOf('ENTERPRISEPACK', 'MCOSTANDARD');
    expect(() =>
      tenant.assignUserLicenses('ada', [{ skuId: AUDIO, disabledPlans: [] }], []),
    ).toThrow(messages.dependsOn(audioPlan, [skype]));
    expect(() =>
      tenant.assignGroupLicenses('audio', [{ skuId: AUDIO, disabledPlans: [] }], []),
    ).toThrow(/requires Skype for Business Online \(Plan 2\)/);
    tenant.assignGroupLicenses(
      'audio',
      [
        { skuId: AUDIO, disabledPlans: [] },
        { skuId: E3, disabledPlans: [] },
      ],
      [],
    );
    tenant.drain();
    expect(planStatus(tenant, 'ada', audioPlan)).toBe('Enabled');
  });
});
