/**
 * Eventual consistency in the graph profile: lists and counts lag writes by `lagMs` of emulator
 * time, reads by id see them at once. The clock is manual, so "after the lag" is exact.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('default');
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', '/profile', {
    profile: 'graph',
    lagMs: 2000,
    throttle: { budgets: false },
  });
});

const eventual = { headers: { consistencylevel: 'eventual' } };
const q = (filter: string) => encodeURIComponent(filter);

async function listedUpns(filter: string): Promise<string[]> {
  const answer = await h.raw(
    'GET',
    `/users?$filter=${q(filter)}&$select=userPrincipalName,displayName`,
  );
  expect(answer.status).toBe(200);
  return (answer.json.value as { userPrincipalName: string }[]).map((u) => u.userPrincipalName);
}

async function userCount(): Promise<number> {
  const answer = await fetch(`${h.origin}/v1.0/users/$count`, {
    headers: { authorization: `Bearer ${await h.token()}`, consistencylevel: 'eventual' },
  });
  return Number(await answer.text());
}

async function createUser(upn: string, displayName: string): Promise<string> {
  const answer = await h.raw('POST', '/users', {
    body: JSON.stringify({
      accountEnabled: true,
      displayName,
      mailNickname: upn.split('@')[0],
      userPrincipalName: upn,
      passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
    }),
  });
  expect(answer.status).toBe(201);
  return answer.json.id as string;
}

const advance = async (iso: string) => {
  expect((await h.control('POST', '/clock', { advance: iso })).status).toBe(200);
};

describe('lists lag writes in the graph profile', () => {
  it('a new user: found by id at once, in lists, $search and $count only after the lag', async () => {
    const countBefore = await userCount();
    const upn = 'lag.new@contoso.com';
    const id = await createUser(upn, 'Lagging Newcomer');
    expect((await h.raw('GET', `/users/${id}?$select=id`)).status).toBe(200);
    expect(await listedUpns(`userPrincipalName eq '${upn}'`)).toEqual([]);
    const searched = await h.raw(
      'GET',
      `/users?$search=${q('"displayName:Lagging"')}&$select=id`,
      eventual,
    );
    expect(searched.json.value).toEqual([]);
    expect(await userCount()).toBe(countBefore);
    await advance('PT1.999S');
    expect(await listedUpns(`userPrincipalName eq '${upn}'`)).toEqual([]);
    await advance('PT0.001S');
    expect(await listedUpns(`userPrincipalName eq '${upn}'`)).toEqual([upn]);
    const found = await h.raw(
      'GET',
      `/users?$search=${q('"displayName:Lagging"')}&$select=id`,
      eventual,
    );
    expect(found.json.value).toEqual([{ id }]);
    expect(await userCount()).toBe(countBefore + 1);
  });

  it('a changed user: by id the new name at once, lists the old one (and filter on it) until the lag is over', async () => {
    const upn = 'lag.rename@contoso.com';
    const id = await createUser(upn, 'Old Name');
    await advance('PT2S');
    const patched = await h.raw('PATCH', `/users/${id}`, {
      body: JSON.stringify({ displayName: 'New Name' }),
    });
    expect(patched.status).toBe(204);
    expect((await h.raw('GET', `/users/${id}?$select=displayName`)).json.displayName).toBe(
      'New Name',
    );
    const listed = await h.raw(
      'GET',
      `/users?$filter=${q(`userPrincipalName eq '${upn}'`)}&$select=displayName`,
    );
    expect(listed.json.value).toEqual([{ displayName: 'Old Name' }]);
    expect(await listedUpns("displayName eq 'New Name'")).toEqual([]);
    expect(await listedUpns("displayName eq 'Old Name'")).toEqual([upn]);
    await advance('PT2S');
    expect(await listedUpns("displayName eq 'New Name'")).toEqual([upn]);
    expect(await listedUpns("displayName eq 'Old Name'")).toEqual([]);
  });

  it('a quick run of changes to one user shows lagMs after the last of them', async () => {
    const upn = 'lag.twice@contoso.com';
    const id = await createUser(upn, 'First');
    await advance('PT2S');
    const rename = async (displayName: string) => {
      const answer = await h.raw('PATCH', `/users/${id}`, {
        body: JSON.stringify({ displayName }),
      });
      expect(answer.status).toBe(204);
    };
    const listedName = async () =>
      (
        (
          await h.raw(
            'GET',
            `/users?$filter=${q(`userPrincipalName eq '${upn}'`)}&$select=displayName`,
          )
        ).json.value as { displayName: string }[]
      )[0]?.displayName;
    await rename('Second');
    await advance('PT1S');
    await rename('Third');
    await advance('PT1.5S');
    expect(await listedName()).toBe('First');
    await advance('PT0.5S');
    expect(await listedName()).toBe('Third');
  });

  it('a deleted user: 404 by id at once, still listed until the lag is over', async () => {
    const upn = 'lag.gone@contoso.com';
    const id = await createUser(upn, 'Soon Gone');
    await advance('PT2S');
    expect((await h.raw('DELETE', `/users/${id}`)).status).toBe(204);
    expect((await h.raw('GET', `/users/${id}`)).status).toBe(404);
    expect(await listedUpns(`userPrincipalName eq '${upn}'`)).toEqual([upn]);
    await advance('PT2S');
    expect(await listedUpns(`userPrincipalName eq '${upn}'`)).toEqual([]);
  });

  it('groups, their $count and their members lag too; the group itself is found by id at once', async () => {
    const created = await h.raw('POST', '/groups', {
      body: JSON.stringify({
        displayName: 'Lag group',
        mailEnabled: false,
        mailNickname: 'laggroup',
        securityEnabled: true,
      }),
    });
    expect(created.status).toBe(201);
    const groupId = created.json.id as string;
    const byName = `/groups?$filter=${q("displayName eq 'Lag group'")}&$select=id`;
    expect((await h.raw('GET', `/groups/${groupId}`)).status).toBe(200);
    expect((await h.raw('GET', byName)).json.value).toEqual([]);
    await advance('PT2S');
    expect((await h.raw('GET', byName)).json.value).toEqual([{ id: groupId }]);
    const member = await createUser('lag.member@contoso.com', 'Lag Member');
    await advance('PT2S');
    const added = await h.raw('POST', `/groups/${groupId}/members/$ref`, {
      body: JSON.stringify({
        '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${member}`,
      }),
    });
    expect(added.status).toBe(204);
    const members = async () =>
      (
        (await h.raw('GET', `/groups/${groupId}/members?$select=id`)).json.value as { id: string }[]
      ).map((m) => m.id);
    const memberOf = async () =>
      (
        (await h.raw('GET', `/users/${member}/memberOf?$select=id`)).json.value as { id: string }[]
      ).map((g) => g.id);
    expect(await members()).toEqual([]);
    expect(await memberOf()).not.toContain(groupId);
    await advance('PT2S');
    expect(await members()).toEqual([member]);
    expect(await memberOf()).toContain(groupId);
  });

  it('does not lag in the default profile, nor with lagMs 0', async () => {
    await h.control('POST', '/profile', { profile: 'default' });
    await createUser('lag.none@contoso.com', 'No Lag');
    expect(await listedUpns("userPrincipalName eq 'lag.none@contoso.com'")).toEqual([
      'lag.none@contoso.com',
    ]);
    await h.control('POST', '/profile', {
      profile: 'graph',
      lagMs: 0,
      throttle: { budgets: false },
    });
    await createUser('lag.zero@contoso.com', 'Zero Lag');
    expect(await listedUpns("userPrincipalName eq 'lag.zero@contoso.com'")).toEqual([
      'lag.zero@contoso.com',
    ]);
  });
});
