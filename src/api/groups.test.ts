import { beforeEach, describe, expect, it } from 'vitest';
import { graph } from '../lib/graph/graph';
import type { GraphCollection } from '../lib/graph/graph-types';
import { toGroupId } from '../lib/ids';
import { signInAs } from '../lib/session/sign-in';
import { ADMIN, resetTestTenant, testEmulator } from '../test/emulator';
import { getGroupNames } from './groups';

describe('group names for assignment paths', () => {
  beforeEach(async () => {
    testEmulator();
    resetTestTenant('default');
    await signInAs(ADMIN.globalReader);
  });

  it('names more groups than Graph takes in one in clause (15); a group gone is named by its id', async () => {
    const all = await graph.get<GraphCollection<{ id: string; displayName: string }>>(
      '/groups?$select=id,displayName&$top=999',
    );
    const deleted = Array.from({ length: 20 - all.value.length }, (_, i) =>
      toGroupId(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
    );
    const ids = [...all.value.map((g) => toGroupId(g.id)), ...deleted];
    expect(ids.length).toBe(20);

    const names = await getGroupNames(ids);

    expect(Object.fromEntries(names)).toEqual({
      ...Object.fromEntries(all.value.map((g) => [toGroupId(g.id), g.displayName])),
      ...Object.fromEntries(deleted.map((id) => [id, id])),
    });
  });
});
