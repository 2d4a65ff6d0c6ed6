/**
 * A write followed by a read against the emulator's lagging lists (`graph` profile, `lagMs`): the
 * members list shows the admin's add or remove at once and keeps showing it while Graph's list
 * still lags, then agrees with Graph.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graph } from '../lib/graph/graph';
import type { GraphCollection } from '../lib/graph/graph-types';
import { toGroupId, type GroupId } from '../lib/ids';
import { signInAs } from '../lib/session/sign-in';
import { control } from '../test/control';
import { ADMIN, resetTestTenant, testEmulator } from '../test/emulator';
import { groupMembersQueryOptions, nestedGroupsQueryOptions } from './group-members';
import { forgetPendingWrites } from './pending-writes';
import { addGroupMembers, removeGroupMember } from './writes';

let client: QueryClient;

/** What Graph's list says right now (lagging). */
async function listedByGraph(groupId: GroupId): Promise<string[]> {
  const page = await graph.get<GraphCollection<{ id: string }>>(
    `/groups/${groupId}/members?$select=id&$top=999`,
  );
  return page.value.map((m) => m.id.toLowerCase());
}

/** What the portal's members list shows after reading Graph again. */
async function readAgain(groupId: GroupId): Promise<string[]> {
  const list = await client.query({ ...groupMembersQueryOptions(groupId), staleTime: 0 });
  return list.map((m) => m.id);
}

async function kioskUsers(): Promise<GroupId> {
  const groups = await graph.get<GraphCollection<{ id: string }>>(
    `/groups?$filter=${encodeURIComponent("displayName eq 'Kiosk users'")}&$select=id`,
  );
  return toGroupId(groups.value[0]?.id ?? '');
}

// Both: Graph's lists lag writes by 5 s, no throttling.
beforeEach(async () => {
  testEmulator();
  resetTestTenant('default');
  await signInAs(ADMIN.global);
  await control('POST', '/profile', {
    profile: 'graph',
    lagMs: 5_000,
    throttle: { budgets: false, rate: 0 },
  });
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

afterEach(async () => {
  forgetPendingWrites(client);
  client.clear();
  await control('POST', '/profile', { profile: 'default' });
});

describe('read-your-writes on lagging members lists', () => {
  it('an added member shows at once and stays while Graph’s list lags, then Graph lists it', async () => {
    const groupId = await kioskUsers();
    const before = await readAgain(groupId);
    const users = await graph.get<GraphCollection<{ id: string }>>('/users?$select=id&$top=50');
    const newcomer = users.value.map((u) => u.id.toLowerCase()).find((id) => !before.includes(id));
    if (!newcomer) throw new Error('every user is already a member');

    await addGroupMembers(client, groupId, [newcomer]);

    expect(
      client.getQueryData(groupMembersQueryOptions(groupId).queryKey)?.map((m) => m.id),
    ).toContain(newcomer);
    expect(await listedByGraph(groupId)).not.toContain(newcomer);
    expect(await readAgain(groupId)).toContain(newcomer);

    await control('POST', '/clock', { advance: 'PT6S' });
    expect(await listedByGraph(groupId)).toContain(newcomer);
    expect(await readAgain(groupId)).toEqual(await listedByGraph(groupId));
  });

  it('a removed member is gone at once and stays gone while Graph’s list lags', async () => {
    const groupId = await kioskUsers();
    const [leaving] = await readAgain(groupId);
    if (!leaving) throw new Error('the group has no members');

    await removeGroupMember(client, groupId, leaving);

    expect(
      client.getQueryData(groupMembersQueryOptions(groupId).queryKey)?.map((m) => m.id),
    ).not.toContain(leaving);
    expect(await listedByGraph(groupId)).toContain(leaving);
    expect(await readAgain(groupId)).not.toContain(leaving);

    await control('POST', '/clock', { advance: 'PT6S' });
    expect(await listedByGraph(groupId)).not.toContain(leaving);
    expect(await readAgain(groupId)).toEqual(await listedByGraph(groupId));
  });
});

describe('read-your-writes on the nested groups (members/microsoft.graph.group)', () => {
  it('a nested group removed is gone at once while Graph’s cast still lists it', async () => {
    const groups = await graph.get<GraphCollection<{ id: string }>>(
      `/groups?$filter=${encodeURIComponent("displayName eq 'Finance - Power BI'")}&$select=id`,
    );
    const groupId = toGroupId(groups.value[0]?.id ?? '');
    const nested = async () =>
      (await client.query({ ...nestedGroupsQueryOptions(groupId), staleTime: 0 })).map((g) => [
        g.kind,
        g.displayName,
      ]);
    expect(await nested()).toEqual([['group', 'Finance leadership']]);
    const [leadership] = await client.query(nestedGroupsQueryOptions(groupId));
    if (!leadership) throw new Error('no nested group');

    await removeGroupMember(client, groupId, leadership.id);

    const cast = await graph.get<GraphCollection<{ id: string }>>(
      `/groups/${groupId}/members/microsoft.graph.group?$select=id`,
    );
    expect(cast.value.map((g) => g.id.toLowerCase())).toContain(leadership.id);
    expect(await nested()).toEqual([]);
  });
});
