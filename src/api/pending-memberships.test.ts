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
import { groupMembersQueryOptions } from './group-members';
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

describe('read-your-writes on lagging members lists', () => {
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
