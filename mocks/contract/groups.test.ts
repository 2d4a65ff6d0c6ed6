import type { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertCollection,
  assertGraphError,
  assertSchema,
  startHarness,
  type GraphPage,
  type Harness,
} from './support';

const EMS = 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e';
interface Group {
  id: string;
  displayName: string;
  groupTypes: string[];
  securityEnabled: boolean;
  membershipRule: string | null;
  membershipRuleProcessingState: string | null;
  assignedLicenses?: { skuId: string; disabledPlans: string[] }[];
  licenseProcessingState?: { state: string };
}

let h: Harness;
let graph: Client;

beforeAll(async () => {
  h = await startHarness('default');
  graph = await h.client();
});
afterAll(async () => {
  await h.close();
});

async function groupByName(name: string): Promise<Group> {
  const page = (await graph
    .api('/groups')
    .filter(`displayName eq '${name}'`)
    .select(
      'id,displayName,groupTypes,securityEnabled,membershipRule,membershipRuleProcessingState,assignedLicenses,licenseProcessingState',
    )
    .get()) as GraphPage<Group>;
  const group = page.value[0];
  if (!group) throw new Error(`No group ${name}`);
  return group;
}

describe('groups over HTTP with the Graph SDK', () => {
  it('lists the seeded groups; assignedLicenses and licenseProcessingState only on $select', async () => {
    const page = (await graph.api('/groups').get()) as GraphPage<Group>;
    assertCollection('microsoft.graph.group', page);
    expect(page.value.map((g) => g.displayName)).toEqual(
      expect.arrayContaining([
        'E3 base services',
        'E3 extended services',
        'O365 E5 - Exchange only',
        'EMS licensed users',
        'E5 base services',
      ]),
    );
    expect(page.value[0]).not.toHaveProperty('assignedLicenses');
    const ems = await groupByName('EMS licensed users');
    assertSchema('microsoft.graph.group', ems);
    expect(ems.groupTypes).toEqual(['DynamicMembership']);
    expect(ems.membershipRuleProcessingState).toBe('On');
    expect(ems.assignedLicenses).toEqual([{ skuId: EMS, disabledPlans: [] }]);
    expect(ems.licenseProcessingState).toEqual({ state: 'ProcessingComplete' });
  });

  it('filters groups with members in licence error, and by assigned SKU', async () => {
    const errors = (await graph
      .api('/groups')
      .filter('hasMembersWithLicenseErrors eq true')
      .select('displayName')
      .get()) as GraphPage<Group>;
    expect(errors.value.map((g) => g.displayName)).toEqual(
      expect.arrayContaining(['Audio Conferencing users', 'Kiosk users']),
    );
    expect(errors.value.map((g) => g.displayName)).not.toContain('EMS licensed users');
    const advanced = await h.raw(
      'GET',
      '/groups?$filter=hasMembersWithLicenseErrors%20eq%20true&$count=true',
      { headers: { ConsistencyLevel: 'eventual' } },
    );
    expect(advanced.status).toBe(400);
    assertGraphError(advanced.json, 'Request_UnsupportedQuery');
    const bySku = (await graph
      .api('/groups')
      .filter(`assignedLicenses/any(x:x/skuId eq ${EMS})`)
      .select('displayName')
      .get()) as GraphPage<Group>;
    expect(bySku.value.map((g) => g.displayName)).toEqual(['EMS licensed users']);
  });

  it('lists members and membersWithLicenseErrors', async () => {
    const audio = await groupByName('Audio Conferencing users');
    const members = (await graph.api(`/groups/${audio.id}/members`).top(999).get()) as GraphPage<{
      '@odata.type': string;
      id: string;
    }>;
    expect(members.value).toHaveLength(55);
    const failing = (await graph
      .api(`/groups/${audio.id}/membersWithLicenseErrors`)
      .get()) as GraphPage<{ id: string }>;
    expect(failing.value).toHaveLength(15);
    const nested = await groupByName('Finance - Power BI');
    const nestedMembers = (await graph
      .api(`/groups/${nested.id}/members`)
      .top(999)
      .get()) as GraphPage<{ '@odata.type': string }>;
    expect(
      nestedMembers.value.filter((m) => m['@odata.type'] === '#microsoft.graph.group'),
    ).toHaveLength(1);
  });

  it('creates a security group, adds and removes a member by $ref, assigns a licence (202) and processes it', async () => {
    const group = (await graph.api('/groups').post({
      displayName: 'Contract test group',
      mailEnabled: false,
      mailNickname: 'contracttest',
      securityEnabled: true,
    })) as Group;
    assertSchema('microsoft.graph.group', group);
    const user = (await graph.api('/users/alex.wilber@contoso.com').get()) as { id: string };
    const other = (await graph.api('/users/alexander.wilber@contoso.com').get()) as { id: string };
    await graph
      .api(`/groups/${group.id}/members/$ref`)
      .post({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${user.id}` });
    await graph
      .api(`/groups/${group.id}/members/$ref`)
      .post({ '@odata.id': `https://graph.microsoft.com/v1.0/users/${other.id}` });
    await h.control('POST', '/processing', { paused: true });
    const response = await h.raw('POST', `/groups/${group.id}/assignLicense`, {
      body: JSON.stringify({
        addLicenses: [{ skuId: 'a403ebcc-fae0-4ca2-8c8c-7a907fd6c235', disabledPlans: [] }],
        removeLicenses: [],
      }),
    });
    expect(response.status).toBe(202);
    assertSchema('microsoft.graph.group', response.json);
    expect(response.headers.get('location')).toContain(
      `/directoryObjects/${group.id}/Microsoft.DirectoryServices.Group`,
    );
    const queued = await groupByName('Contract test group');
    expect(queued.licenseProcessingState?.state).toBe('QueuedForProcessing');
    await h.control('POST', '/processing/step', { users: 1 });
    expect((await groupByName('Contract test group')).licenseProcessingState?.state).toBe(
      'ProcessingInProgress',
    );
    await h.control('POST', '/processing', { paused: false });
    await h.idle();
    const done = await groupByName('Contract test group');
    expect(done.licenseProcessingState?.state).toBe('ProcessingComplete');
    const states = (await graph
      .api(`/users/${user.id}`)
      .select('licenseAssignmentStates')
      .get()) as { licenseAssignmentStates: { assignedByGroup: string | null }[] };
    expect(states.licenseAssignmentStates.map((s) => s.assignedByGroup)).toContain(group.id);
    await graph.api(`/groups/${group.id}/members/${user.id}/$ref`).delete();
    await h.idle();
    // The admin's two membership changes, audited as Entra words them.
    const membership = (await graph
      .api('/auditLogs/directoryAudits')
      .filter(`targetResources/any(t:t/id eq '${user.id}')`)
      .top(999)
      .get()) as GraphPage<{
      activityDisplayName: string;
      category: string;
      operationType: string;
      resultReason: string;
      targetResources: { id: string }[];
    }>;
    const ofGroup = membership.value
      .filter((a) => a.targetResources[0]?.id === group.id)
      .map((a) => [a.activityDisplayName, a.category, a.operationType, a.resultReason]);
    expect(ofGroup).toEqual([
      ['Remove member from group', 'GroupManagement', 'Unassign', ''],
      ['Add member to group', 'GroupManagement', 'Assign', 'Successfully added member to group'],
    ]);
    const after = (await graph
      .api(`/users/${user.id}`)
      .select('licenseAssignmentStates')
      .get()) as { licenseAssignmentStates: { assignedByGroup: string | null }[] };
    expect(after.licenseAssignmentStates.map((s) => s.assignedByGroup)).not.toContain(group.id);
    const refused = await h.raw('DELETE', `/groups/${group.id}`);
    expect(refused.status).toBe(400);
    await graph
      .api(`/groups/${group.id}/assignLicense`)
      .post({ addLicenses: [], removeLicenses: ['a403ebcc-fae0-4ca2-8c8c-7a907fd6c235'] });
    await graph.api(`/groups/${group.id}`).delete();
    expect((await h.raw('GET', `/groups/${group.id}`)).status).toBe(404);
  });

  it('creates a dynamic group, validates its rule, pauses it and changes its rule', async () => {
    const bad = await h.raw('POST', '/groups', {
      body: JSON.stringify({
        displayName: 'Bad rule',
        mailEnabled: false,
        mailNickname: 'badrule',
        securityEnabled: true,
        groupTypes: ['DynamicMembership'],
        membershipRule: 'user.department -eq',
        membershipRuleProcessingState: 'On',
      }),
    });
    expect(bad.status).toBe(400);
    assertGraphError(bad.json, 'Request_BadRequest');
    expect((bad.json.error as { message: string }).message).toMatch(
      /Dynamic membership rule validation error: .+position \d+-\d+/,
    );
    const group = (await graph.api('/groups').post({
      displayName: 'Legal dynamic',
      mailEnabled: false,
      mailNickname: 'legaldynamic',
      securityEnabled: true,
      groupTypes: ['DynamicMembership'],
      membershipRule: 'user.department -eq "Legal"',
      membershipRuleProcessingState: 'On',
    })) as Group;
    const members = (await graph.api(`/groups/${group.id}/members`).top(999).get()) as GraphPage<{
      id: string;
    }>;
    expect(members.value.length).toBeGreaterThan(50);
    const manual = await h.raw('POST', `/groups/${group.id}/members/$ref`, {
      body: JSON.stringify({
        '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${members.value[0]?.id ?? ''}`,
      }),
    });
    expect(manual.status).toBe(400);
    await graph.api(`/groups/${group.id}`).patch({ membershipRuleProcessingState: 'Paused' });
    expect((await groupByName('Legal dynamic')).membershipRuleProcessingState).toBe('Paused');
    await graph.api(`/groups/${group.id}`).patch({
      membershipRuleProcessingState: 'On',
      membershipRule: 'user.department -eq "Legal" -and user.country -eq "United States"',
    });
    const fewer = (await graph.api(`/groups/${group.id}/members`).top(999).get()) as GraphPage<{
      id: string;
    }>;
    expect(fewer.value.length).toBeLessThan(members.value.length);
    expect(fewer.value.length).toBeGreaterThan(0);
  });

  it('reprocesses a group through the emulator extension (202) and records the recalculation', async () => {
    const audio = await groupByName('Audio Conferencing users');
    const response = await h.raw('POST', `/groups/${audio.id}/reprocessLicenseAssignment`);
    expect(response.status).toBe(202);
    await h.idle();
    const audits = (await graph
      .api('/auditLogs/directoryAudits')
      .filter(
        `activityDisplayName eq 'Trigger group license recalculation' and targetResources/any(t:t/id eq '${audio.id}')`,
      )
      .get()) as GraphPage<{ initiatedBy: { user: { userPrincipalName: string } } }>;
    expect(audits.value.length).toBe(2);
    expect(audits.value[0]?.initiatedBy.user.userPrincipalName).toBe(
      'admin@contoso.onmicrosoft.com',
    );
  });
});

describe('members/$count', () => {
  it('counts direct members, users and nested groups, with ConsistencyLevel: eventual only', async () => {
    // Finance - Power BI holds users and a nested group.
    const group = await groupByName('Finance - Power BI');
    const path = `/groups/${group.id}/members/$count`;
    const refused = await h.raw('GET', path);
    expect(refused.status).toBe(400);
    assertGraphError(refused.json, 'Request_BadRequest');
    const members = (await graph
      .api(`/groups/${group.id}/members`)
      .select('id')
      .top(999)
      .get()) as GraphPage<{ id: string; '@odata.type': string }>;
    const counted = await h.raw('GET', path, { headers: { ConsistencyLevel: 'eventual' } });
    expect(counted.status).toBe(200);
    expect(counted.headers.get('content-type')).toBe('text/plain');
    expect(Number(counted.json)).toBe(members.value.length);
    expect(members.value.some((m) => m['@odata.type'] === '#microsoft.graph.group')).toBe(true);
  });
});

describe('members cast to users or groups (OData cast)', () => {
  it('lists only nested groups or only users, and counts the users with ConsistencyLevel: eventual only', async () => {
    const group = await groupByName('Finance - Power BI');
    const all = (await graph
      .api(`/groups/${group.id}/members`)
      .select('id,displayName')
      .top(999)
      .get()) as GraphPage<{ id: string; '@odata.type': string }>;
    const idsOf = (type: string) =>
      all.value
        .filter((m) => m['@odata.type'] === type)
        .map((m) => m.id)
        .sort();
    const groups = (await graph
      .api(`/groups/${group.id}/members/microsoft.graph.group`)
      .select('id,displayName')
      .get()) as GraphPage<{ id: string; displayName: string; '@odata.type': string }>;
    expect(groups.value.map((m) => m.id).sort()).toEqual(idsOf('#microsoft.graph.group'));
    expect(groups.value.length).toBeGreaterThan(0);
    expect(groups.value.every((m) => m['@odata.type'] === '#microsoft.graph.group')).toBe(true);
    expect(groups.value.every((m) => m.displayName.length > 0)).toBe(true);
    const users = (await graph
      .api(`/groups/${group.id}/members/microsoft.graph.user`)
      .select('id')
      .top(999)
      .get()) as GraphPage<{ id: string }>;
    expect(users.value.map((m) => m.id).sort()).toEqual(idsOf('#microsoft.graph.user'));

    const path = `/groups/${group.id}/members/microsoft.graph.user/$count`;
    const refused = await h.raw('GET', path);
    expect(refused.status).toBe(400);
    assertGraphError(refused.json, 'Request_BadRequest');
    const counted = await h.raw('GET', path, { headers: { ConsistencyLevel: 'eventual' } });
    expect(counted.status).toBe(200);
    expect(counted.headers.get('content-type')).toBe('text/plain');
    expect(Number(counted.json)).toBe(idsOf('#microsoft.graph.user').length);
  });
});
