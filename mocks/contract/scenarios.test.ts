/**
 * The product documentation's scenarios end to end over HTTP: set up through Graph and the
 * control API on the empty tenant, wait for processing, check users, licence states, seats, audit.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buy,
  consumed,
  enabledPlans,
  graphFailure,
  licenseGroup,
  licensing,
  newGroup,
  newUser,
  only,
  planOf,
  skuOf,
  states,
} from './scenario-kit';
import { startHarness, type Harness } from './support';

const E3 = skuOf('ENTERPRISEPACK');
const E1 = skuOf('STANDARDPACK');
const EMS = skuOf('EMS');
const E5 = skuOf('ENTERPRISEPREMIUM');
const BASE = ['EXCHANGE_S_ENTERPRISE', 'SHAREPOINTENTERPRISE', 'OFFICESUBSCRIPTION', 'MCOSTANDARD'];
const EXTENDED = ['SHAREPOINTENTERPRISE', 'YAMMER_ENTERPRISE', 'STREAM_O365_E3', 'SWAY'];

let h: Harness;
let graph: Client;

beforeAll(async () => {
  h = await startHarness('empty');
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.reset('empty');
  graph = await h.client();
});

interface Audit {
  activityDisplayName: string;
  result: string;
  initiatedBy: { user: { userPrincipalName: string } | null };
  targetResources: { modifiedProperties: { displayName: string; newValue: string | null }[] }[];
}

async function audits(filter: string): Promise<Audit[]> {
  return (
    (await graph.api('/auditLogs/directoryAudits').filter(filter).top(999).get()) as {
      value: Audit[];
    }
  ).value;
}

describe('product documentation scenarios over HTTP', () => {
  it('E3 base services + E3 extended services: the plans are the union, one seat', async () => {
    await buy(h, 'ENTERPRISEPACK', 10);
    const ada = await newUser(graph, 'Ada');
    const base = await newGroup(graph, 'E3 base services', [ada]);
    const extended = await newGroup(graph, 'E3 extended services', [ada]);
    await licenseGroup(graph, base, [{ skuId: E3, disabledPlans: only('ENTERPRISEPACK', BASE) }]);
    await licenseGroup(graph, extended, [
      { skuId: E3, disabledPlans: only('ENTERPRISEPACK', EXTENDED) },
    ]);
    await h.idle();
    const expected = new Set([...BASE, ...EXTENDED].map((n) => planOf('ENTERPRISEPACK', n)));
    expect(new Set(await enabledPlans(graph, ada, 'ENTERPRISEPACK'))).toEqual(expected);
    expect(await consumed(graph, 'ENTERPRISEPACK')).toBe(1);
    expect((await licensing(graph, ada)).assignedLicenses).toHaveLength(1);
    expect(await states(graph, ada, { [base]: 'base', [extended]: 'extended' })).toEqual([
      'Active/None@base',
      'Active/None@extended',
    ]);
    const finish = await audits(
      "activityDisplayName eq 'Finish applying group based license to users'",
    );
    expect(finish).toHaveLength(2);
    expect(finish[0]?.targetResources[0]?.modifiedProperties[0]?.newValue).toBe(
      '[Users successfully assigned licenses: 1, Users for whom license assignment failed: 0.]',
    );
  });

  it('a direct Yammer-only E3 on top of the inherited one adds Yammer for that user; an inherited licence cannot be removed on the user', async () => {
    await buy(h, 'ENTERPRISEPACK', 10);
    const ada = await newUser(graph, 'Ada');
    const base = await newGroup(graph, 'E3 base services', [ada]);
    await licenseGroup(graph, base, [{ skuId: E3, disabledPlans: only('ENTERPRISEPACK', BASE) }]);
    await h.idle();
    const refused = await graphFailure(
      graph.api(`/users/${ada}/assignLicense`).post({ addLicenses: [], removeLicenses: [E3] }),
    );
    expect(refused).toMatchObject({
      statusCode: 400,
      code: 'Request_BadRequest',
      message:
        'User license is inherited from a group membership and it cannot be removed directly from the user.',
    });
    await graph.api(`/users/${ada}/assignLicense`).post({
      addLicenses: [{ skuId: E3, disabledPlans: only('ENTERPRISEPACK', ['YAMMER_ENTERPRISE']) }],
      removeLicenses: [],
    });
    expect(await enabledPlans(graph, ada, 'ENTERPRISEPACK')).toContain(
      planOf('ENTERPRISEPACK', 'YAMMER_ENTERPRISE'),
    );
    expect(await consumed(graph, 'ENTERPRISEPACK')).toBe(1);
    await graph.api(`/users/${ada}/assignLicense`).post({ addLicenses: [], removeLicenses: [E3] });
    expect(await states(graph, ada, { [base]: 'base' })).toEqual(['Active/None@base']);
    const yammer = (await licensing(graph, ada)).assignedPlans.find(
      (p) => p.servicePlanId === planOf('ENTERPRISEPACK', 'YAMMER_ENTERPRISE'),
    );
    expect(yammer?.capabilityStatus).toBe('Suspended');
    await h.control('POST', '/clock', { advance: 'P31D' });
    const later = (await licensing(graph, ada)).assignedPlans.find(
      (p) => p.servicePlanId === planOf('ENTERPRISEPACK', 'YAMMER_ENTERPRISE'),
    );
    expect(later?.capabilityStatus).toBe('Deleted');
    const changes = await audits(
      "activityDisplayName eq 'Change user license' and initiatedBy/user/userPrincipalName eq 'admin@contoso.onmicrosoft.com'",
    );
    expect(changes).toHaveLength(2);
  });

  it('without usage location: a group uses the tenant country, a direct assignment is refused', async () => {
    await buy(h, 'ENTERPRISEPACK', 10);
    const ada = await newUser(graph, 'Ada', { usageLocation: null });
    const bob = await newUser(graph, 'Bob', { usageLocation: null });
    const group = await newGroup(graph, 'All staff', [ada]);
    const refused = await graphFailure(
      graph
        .api(`/users/${bob}/assignLicense`)
        .post({ addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [] }),
    );
    expect(refused).toMatchObject({
      statusCode: 400,
      message: 'License assignment cannot be done for user with invalid usage location.',
    });
    await licenseGroup(graph, group, [{ skuId: E3, disabledPlans: [] }]);
    await h.idle();
    expect((await licensing(graph, ada)).usageLocation).toBe('US');
    expect((await licensing(graph, bob)).usageLocation).toBeNull();
  });

  it('more members than seats: CountViolation; freeing seats does not heal; Reprocess does', async () => {
    await buy(h, 'ENTERPRISEPACK', 2);
    const users = [
      await newUser(graph, 'Ada'),
      await newUser(graph, 'Bob'),
      await newUser(graph, 'Cy'),
    ];
    const other = await newUser(graph, 'Dee');
    await graph
      .api(`/users/${other}/assignLicense`)
      .post({ addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [] });
    const group = await newGroup(graph, 'Sales', users);
    await licenseGroup(graph, group, [{ skuId: E3, disabledPlans: [] }]);
    await h.idle();
    const errors = (await graph.api(`/groups/${group}/membersWithLicenseErrors`).get()) as {
      value: { id: string }[];
    };
    expect(errors.value).toHaveLength(2);
    const failed = errors.value[0]?.id ?? '';
    expect(await states(graph, failed)).toEqual([`Error/CountViolation@${group}`]);
    const finish = await audits(
      "activityDisplayName eq 'Finish applying group based license to users'",
    );
    expect(finish[0]?.targetResources[0]?.modifiedProperties[0]?.newValue).toBe(
      '[Users successfully assigned licenses: 1, Users for whom license assignment failed: 2.]',
    );
    const failures = await audits(
      "activityDisplayName eq 'Change user license' and result eq 'failure'",
    );
    expect(failures).toHaveLength(2);
    await graph
      .api(`/users/${other}/assignLicense`)
      .post({ addLicenses: [], removeLicenses: [E3] });
    await h.control('PATCH', `/subscriptions/${E3}`, { prepaidUnits: { enabled: 3 } });
    await h.idle();
    expect(await states(graph, failed)).toEqual([`Error/CountViolation@${group}`]);
    await graph.api(`/groups/${group}/reprocessLicenseAssignment`).post({});
    await h.idle();
    expect(
      ((await graph.api(`/groups/${group}/membersWithLicenseErrors`).get()) as { value: unknown[] })
        .value,
    ).toHaveLength(0);
    expect(await consumed(graph, 'ENTERPRISEPACK')).toBe(3);
  });

  it("E1 direct and E3 through a group: MutuallyExclusiveViolation, and the group's other SKU gets Other (all or nothing)", async () => {
    await buy(h, 'ENTERPRISEPACK', 5);
    await buy(h, 'STANDARDPACK', 5);
    await buy(h, 'EMS', 5);
    const ada = await newUser(graph, 'Ada');
    await graph
      .api(`/users/${ada}/assignLicense`)
      .post({ addLicenses: [{ skuId: E1, disabledPlans: [] }], removeLicenses: [] });
    const group = await newGroup(graph, 'HR Department', [ada]);
    await licenseGroup(graph, group, [
      { skuId: E3, disabledPlans: [] },
      { skuId: EMS, disabledPlans: [] },
    ]);
    await h.idle();
    const l = await licensing(graph, ada);
    const byGroup = l.licenseAssignmentStates.filter((s) => s.assignedByGroup === group);
    expect(byGroup.find((s) => s.skuId === E3)).toMatchObject({
      state: 'Error',
      error: 'MutuallyExclusiveViolation',
    });
    expect(byGroup.find((s) => s.skuId === EMS)).toMatchObject({ state: 'Error', error: 'Other' });
    expect(l.assignedLicenses.map((a) => a.skuId)).toEqual([E1]);
  });

  it('dynamic groups driven by extensionAttribute1: joining, leaving, and the plans kept Suspended', async () => {
    await buy(h, 'EMS', 5);
    await buy(h, 'ENTERPRISEPREMIUM', 5);
    const ada = await newUser(graph, 'Ada', {
      onPremisesExtensionAttributes: { extensionAttribute1: 'EMS;E5_baseservices;' },
    });
    const bob = await newUser(graph, 'Bob', {
      onPremisesExtensionAttributes: { extensionAttribute1: 'EMS;' },
    });
    const ems = await newGroup(graph, 'EMS licensed users', [], {
      groupTypes: ['DynamicMembership'],
      membershipRule: 'user.extensionAttribute1 -contains "EMS"',
      membershipRuleProcessingState: 'On',
    });
    const e5 = await newGroup(graph, 'E5 base services', [], {
      groupTypes: ['DynamicMembership'],
      membershipRule: 'user.extensionAttribute1 -contains "E5_baseservices"',
      membershipRuleProcessingState: 'On',
    });
    await licenseGroup(graph, ems, [{ skuId: EMS, disabledPlans: [] }]);
    await licenseGroup(graph, e5, [
      {
        skuId: E5,
        disabledPlans: only('ENTERPRISEPREMIUM', [
          'EXCHANGE_S_ENTERPRISE',
          'SHAREPOINTENTERPRISE',
          'TEAMS1',
        ]),
      },
    ]);
    await h.idle();
    expect((await licensing(graph, ada)).assignedLicenses.map((a) => a.skuId).sort()).toEqual(
      [E5, EMS].sort(),
    );
    expect((await licensing(graph, bob)).assignedLicenses.map((a) => a.skuId)).toEqual([EMS]);
    await graph
      .api(`/users/${ada}`)
      .patch({ onPremisesExtensionAttributes: { extensionAttribute1: 'EMS;' } });
    await h.idle();
    const after = await licensing(graph, ada);
    expect(after.assignedLicenses.map((a) => a.skuId)).toEqual([EMS]);
    expect(
      after.assignedPlans.find((p) => p.servicePlanId === planOf('ENTERPRISEPREMIUM', 'TEAMS1'))
        ?.capabilityStatus,
    ).toBe('Suspended');
    expect(await consumed(graph, 'ENTERPRISEPREMIUM')).toBe(0);
    const ruleChange = await graphFailure(
      graph.api(`/groups/${ems}`).patch({ membershipRule: 'user.extensionAttribute1 -contains' }),
    );
    expect(ruleChange.statusCode).toBe(400);
    await graph
      .api(`/groups/${ems}`)
      .patch({ membershipRule: 'user.extensionAttribute1 -contains "E5"' });
    await h.idle();
    expect((await licensing(graph, bob)).assignedLicenses).toEqual([]);
    expect((await audits("activityDisplayName eq 'Update group'")).length).toBe(1);
  });

  it('a new service plan added to a product is enabled in the groups that assign it', async () => {
    await buy(h, 'EMS', 5);
    const ada = await newUser(graph, 'Ada');
    const group = await newGroup(graph, 'EMS users', [ada]);
    await licenseGroup(graph, group, [{ skuId: EMS, disabledPlans: [] }]);
    await h.idle();
    const plan = '11111111-2222-4333-8444-555555555555';
    const { status, json } = await h.control('POST', `/subscriptions/${EMS}/servicePlans`, {
      servicePlanId: plan,
      servicePlanName: 'NEW_SERVICE',
    });
    expect(status).toBe(201);
    expect(json.groupsWithNewPlan).toEqual([group]);
    await h.idle();
    expect(
      (await licensing(graph, ada)).assignedPlans.find((p) => p.servicePlanId === plan)
        ?.capabilityStatus,
    ).toBe('Enabled');
  });

  it('nested groups give their members nothing; a Microsoft 365 group that is not security-enabled cannot hold licences; a licensed group cannot be deleted', async () => {
    await buy(h, 'ENTERPRISEPACK', 5);
    const ada = await newUser(graph, 'Ada');
    const bob = await newUser(graph, 'Bob');
    const inner = await newGroup(graph, 'Inner', [bob]);
    const outer = await newGroup(graph, 'Outer', [ada]);
    await graph
      .api(`/groups/${outer}/members/$ref`)
      .post({ '@odata.id': `https://graph.microsoft.com/v1.0/groups/${inner}` });
    await licenseGroup(graph, outer, [{ skuId: E3, disabledPlans: [] }]);
    await h.idle();
    expect((await licensing(graph, ada)).assignedLicenses).toHaveLength(1);
    expect((await licensing(graph, bob)).assignedLicenses).toHaveLength(0);
    const unified = (await graph.api('/groups').post({
      displayName: 'Team',
      mailEnabled: true,
      mailNickname: 'team',
      securityEnabled: false,
      groupTypes: ['Unified'],
    })) as { id: string };
    const refused = await graphFailure(
      licenseGroup(graph, unified.id, [{ skuId: E3, disabledPlans: [] }]),
    );
    expect(refused).toMatchObject({ statusCode: 400, code: 'Request_BadRequest' });
    const deletion = await graphFailure(graph.api(`/groups/${outer}`).delete());
    expect(deletion).toMatchObject({ statusCode: 400, code: 'Request_BadRequest' });
  });

  it('a clashing proxy address gives UniquenessViolation, recorded, never skipped', async () => {
    await buy(h, 'ENTERPRISEPACK', 5);
    const ada = await newUser(graph, 'Ada', { mail: 'shared@contoso.com' });
    const bob = await newUser(graph, 'Bob');
    await graph.api(`/users/${bob}`).patch({ mail: 'shared@contoso.com' });
    const group = await newGroup(graph, 'Mail users', [ada, bob]);
    await licenseGroup(graph, group, [{ skuId: E3, disabledPlans: [] }]);
    await h.idle();
    expect(await states(graph, ada)).toEqual([`Error/UniquenessViolation@${group}`]);
  });
});
