/** A tenant read back from a snapshot, where the snapshot is not quite what the engine writes. */
import { describe, expect, it } from 'vitest';
import type { TenantSnapshot } from './snapshot';
import { Tenant } from './tenant';
import { addGroup, addUser, testTenant } from './testing/tenant-builder';
import type { MembershipRule } from './types';

const never: MembershipRule = { text: 'never', matches: () => false };

describe('a snapshot read back', () => {
  it('a member listed twice in a group is one member, exported once', () => {
    const { tenant } = testTenant();
    const ids = [addUser(tenant, 'a'), addUser(tenant, 'b')];
    addGroup(tenant, 'g', ids);
    const saved = tenant.exportState();
    const twice: TenantSnapshot = {
      ...saved,
      groups: saved.groups.map((g) => (g.id === 'g' ? { ...g, members: [...ids, 'a'] } : g)),
    };
    const restored = Tenant.fromSnapshot(
      JSON.parse(JSON.stringify(twice)) as TenantSnapshot,
      { tenantCountry: 'US', clock: () => 0 },
      () => never,
    );
    expect(restored.memberOf('a')).toEqual(['g']);
    expect(restored.exportState()).toEqual(saved);
  });
});
