import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { graph } from '../lib/graph/graph';
import type { GraphCollection } from '../lib/graph/graph-types';
import { toGroupId } from '../lib/ids';
import { signInAs } from '../lib/session/sign-in';
import { ADMIN, resetTestTenant, testEmulator } from '../test/emulator';
import { control } from '../test/control';
import { getGroupNames, getGroups } from './groups';

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

  it('reads 20 names in one request ($batch of 20 reads by id), 40 in two', async () => {
    const ids = Array.from({ length: 40 }, (_, i) =>
      toGroupId(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
    );
    const sent: string[] = [];
    const onStart = ({ request }: { request: Request }) => {
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
    };
    testEmulator().server.events.on('request:start', onStart);
    try {
      await getGroupNames(ids.slice(0, 20));
      expect(sent).toEqual(['POST /v1.0/$batch']);
      sent.length = 0;
      await getGroupNames(ids);
      expect(sent).toEqual(['POST /v1.0/$batch', 'POST /v1.0/$batch']);
    } finally {
      testEmulator().server.events.removeListener('request:start', onStart);
    }
  });
});

describe('the licensed groups list', () => {
  beforeEach(async () => {
    testEmulator();
    resetTestTenant('default');
    await signInAs(ADMIN.global);
  });

  it('is answered for an organization with more products than a standard or takes (15)', async () => {
    const owned = (
      await graph.get<GraphCollection<{ skuPartNumber: string }>>('/subscribedSkus')
    ).value.map((s) => s.skuPartNumber);
    const more = [
      'AAD_BASIC',
      'AAD_PREMIUM',
      'AAD_PREMIUM_P2',
      'ATP_ENTERPRISE',
      'ATA',
      'ADALLOM_STANDALONE',
      'BUSINESS_VOICE',
    ].filter((sku) => !owned.includes(sku));
    for (const skuPartNumber of more)
      await control('POST', '/subscriptions', {
        skuPartNumber,
        prepaidUnits: { enabled: 5, warning: 0, suspended: 0, lockedOut: 0 },
      });
    expect(owned.length + more.length).toBeGreaterThan(15);

    const groups = await getGroups({ search: '', filter: 'licensed' }, new QueryClient());

    expect(groups.map((g) => g.displayName)).toContain('E3 base services');
    expect(groups.every((g) => g.licenses.length > 0)).toBe(true);
  });
});
