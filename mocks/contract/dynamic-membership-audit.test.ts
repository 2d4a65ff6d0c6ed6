/**
 * Dynamic membership in the audit log: every user who joins or leaves a dynamic group because of
 * the rule, an attribute change or resumed processing gets one `Add member to group` / `Remove
 * member from group` record, initiated by the dynamic membership service; manual member changes
 * still name the admin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCollection, startHarness, type Harness } from './support';

interface Audit {
  activityDisplayName: string;
  category: string;
  operationType: string;
  result: string;
  correlationId: string;
  initiatedBy: {
    user: { userPrincipalName: string } | null;
    app: { appId: string | null; displayName: string } | null;
  };
  targetResources: {
    id: string;
    type: string;
    displayName: string | null;
    userPrincipalName: string | null;
  }[];
}

const SERVICE = 'Microsoft Approval Management';
const ADMIN = 'admin@contoso.onmicrosoft.com';
let h: Harness;
const people: Record<string, string> = {};

async function createUser(nick: string, department: string): Promise<string> {
  const body = {
    accountEnabled: true,
    displayName: nick,
    mailNickname: nick,
    userPrincipalName: `${nick}@contoso.com`,
    department,
    passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
  };
  const { status, json } = await h.raw('POST', '/users', {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  expect(status).toBe(201);
  return json.id as string;
}

async function send(method: string, path: string, body: unknown): Promise<void> {
  const { status, json } = await h.raw(method, path, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  expect(status, JSON.stringify(json)).toBe(204);
}

/** Membership records about a group, oldest first. */
async function memberRecords(groupId: string): Promise<Audit[]> {
  const filter = `targetResources/any(t:t/id eq '${groupId}')`;
  const { json } = await h.raw(
    'GET',
    `/auditLogs/directoryAudits?$top=1000&$filter=${encodeURIComponent(filter)}`,
  );
  assertCollection('microsoft.graph.directoryAudit', json);
  return (json.value as Audit[])
    .filter(
      (a) =>
        a.activityDisplayName.endsWith('member to group') ||
        a.activityDisplayName.endsWith('member from group'),
    )
    .reverse();
}

/** `[activity, user id]` of records, for compact assertions. */
const moves = (records: readonly Audit[]) =>
  records.map((a) => [a.activityDisplayName, a.targetResources[1]?.id]);

async function createDynamicGroup(nick: string, rule: string): Promise<string> {
  const body = {
    displayName: nick,
    mailEnabled: false,
    mailNickname: nick,
    securityEnabled: true,
    groupTypes: ['DynamicMembership'],
    membershipRule: rule,
    membershipRuleProcessingState: 'On',
  };
  const { status, json } = await h.raw('POST', '/groups', {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  expect(status).toBe(201);
  return json.id as string;
}

beforeAll(async () => {
  h = await startHarness('empty');
  for (const [nick, department] of [
    ['ann', 'Sales'],
    ['ben', 'Sales'],
    ['cat', 'Marketing'],
    ['dan', 'Legal'],
  ] as const)
    people[nick] = await createUser(nick, department);
});
afterAll(async () => {
  await h.close();
});

describe('dynamic membership audit', () => {
  it('a new dynamic group records each initial member as added by the dynamic membership service', async () => {
    const group = await createDynamicGroup('salesdyn', 'user.department -eq "Sales"');
    const records = await memberRecords(group);
    expect(moves(records)).toEqual([
      ['Add member to group', people.ann],
      ['Add member to group', people.ben],
    ]);
    for (const record of records) {
      expect(record.category).toBe('GroupManagement');
      expect(record.operationType).toBe('Assign');
      expect(record.result).toBe('success');
      expect(record.initiatedBy).toEqual({
        user: null,
        app: {
          appId: '65d91a3d-ab74-42e6-8a2f-0add61688c74',
          displayName: SERVICE,
          servicePrincipalId: null,
          servicePrincipalName: null,
        },
      });
      expect(record.targetResources.map((t) => t.type)).toEqual(['Group', 'User']);
      expect(record.targetResources[0]).toMatchObject({ id: group, displayName: 'salesdyn' });
    }
    expect(records[0]?.targetResources[1]).toMatchObject({
      displayName: 'ann',
      userPrincipalName: 'ann@contoso.com',
    });
  });

  it('a rule change records one removal per leaver and one addition per joiner; those who still match get none', async () => {
    const group = await createDynamicGroup('rulechange', 'user.department -eq "Sales"');
    const before = (await memberRecords(group)).length;
    await send('PATCH', `/groups/${group}`, {
      membershipRule: '(user.department -eq "Marketing") -or (user.displayName -eq "ann")',
    });
    const records = (await memberRecords(group)).slice(before);
    expect(moves(records)).toEqual([
      ['Add member to group', people.cat],
      ['Remove member from group', people.ben],
    ]);
    expect(
      records.every(
        (r) => r.initiatedBy.app?.displayName === SERVICE && r.initiatedBy.user === null,
      ),
    ).toBe(true);
    expect(records[1]?.operationType).toBe('Unassign');
    // The admin's own record of the change comes first and shares the correlation id.
    const { json } = await h.raw(
      'GET',
      `/auditLogs/directoryAudits?$filter=${encodeURIComponent(`activityDisplayName eq 'Update group' and targetResources/any(t:t/id eq '${group}')`)}`,
    );
    const update = (json.value as Audit[])[0];
    expect(update?.initiatedBy.user?.userPrincipalName).toBe(ADMIN);
    expect(records.map((r) => r.correlationId)).toEqual([
      update?.correlationId,
      update?.correlationId,
    ]);
  });

  it('an attribute PATCH records the dynamic groups the user joined and left', async () => {
    const legal = await createDynamicGroup('legaldyn', 'user.department -eq "Legal"');
    const finance = await createDynamicGroup('financedyn', 'user.department -eq "Finance"');
    const [legalBefore, financeBefore] = [
      (await memberRecords(legal)).length,
      (await memberRecords(finance)).length,
    ];
    expect(legalBefore).toBe(1);
    await send('PATCH', `/users/${people.dan ?? ''}`, { department: 'Finance' });
    expect(moves((await memberRecords(legal)).slice(legalBefore))).toEqual([
      ['Remove member from group', people.dan],
    ]);
    expect(moves((await memberRecords(finance)).slice(financeBefore))).toEqual([
      ['Add member to group', people.dan],
    ]);
    // A change that moves nobody writes no membership record.
    await send('PATCH', `/users/${people.dan ?? ''}`, { jobTitle: 'Controller' });
    expect(await memberRecords(finance)).toHaveLength(financeBefore + 1);
  });

  it('nothing is recorded while processing is paused; resuming records the members moved meanwhile', async () => {
    const group = await createDynamicGroup('pauseddyn', 'user.department -eq "Marketing"');
    expect(moves(await memberRecords(group))).toEqual([['Add member to group', people.cat]]);
    await send('PATCH', `/groups/${group}`, { membershipRuleProcessingState: 'Paused' });
    await send('PATCH', `/users/${people.cat ?? ''}`, { department: 'Research' });
    await send('PATCH', `/users/${people.ben ?? ''}`, { department: 'Marketing' });
    expect(await memberRecords(group)).toHaveLength(1);
    await send('PATCH', `/groups/${group}`, { membershipRuleProcessingState: 'On' });
    const records = (await memberRecords(group)).slice(1);
    expect(moves(records)).toEqual([
      ['Add member to group', people.ben],
      ['Remove member from group', people.cat],
    ]);
    expect(records.every((r) => r.initiatedBy.app?.displayName === SERVICE)).toBe(true);
  });

  it('manual member changes on an assigned group still name the admin', async () => {
    const { json } = await h.raw('POST', '/groups', {
      body: JSON.stringify({
        displayName: 'static',
        mailEnabled: false,
        mailNickname: 'static',
        securityEnabled: true,
      }),
      headers: { 'content-type': 'application/json' },
    });
    const group = json.id as string;
    await send('POST', `/groups/${group}/members/$ref`, {
      '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${people.ann ?? ''}`,
    });
    await send('DELETE', `/groups/${group}/members/${people.ann ?? ''}/$ref`, undefined);
    const records = await memberRecords(group);
    expect(moves(records)).toEqual([
      ['Add member to group', people.ann],
      ['Remove member from group', people.ann],
    ]);
    for (const record of records)
      expect(record.initiatedBy).toMatchObject({ user: { userPrincipalName: ADMIN }, app: null });
  });
});
