/**
 * Round trip: engine -> Graph (the emulator) -> tenant copy -> engine gives the same tenant, user
 * by user, for the emulator's own tenants: `default`, and `large` at a tenth of its size
 * (`largeSeed(0.1)`, the seed's own scale: 10,000 users). The copy is read in the `graph` profile,
 * with Graph's budgets and a forced share of 429s, which the loader waits out; waits move the
 * emulator's manual clock (no wall time passes).
 */
import { describe, expect, it } from 'vitest';
import { loadTenantCopy } from '../../src/lib/tenant-copy/load-copy';
import { tenantFromCopy } from '../../src/lib/tenant-copy/engine-from-copy';
import { Emulator } from '../graph/emulator';
import { GRAPH_PROFILE } from '../graph/profile/profile';
import { buildNow } from '../seeds/build';
import { createSeedStore } from '../seeds';
import { largeSeed } from '../seeds/large';
import type { TenantStore } from '../graph/store';
import { tenantDifferences } from './compare';
import { emulatorGraph, emulatorTime } from './emulator-client';

async function roundTrip(store: TenantStore) {
  const emulator = new Emulator({
    store,
    clock: 'manual',
    profile: { ...GRAPH_PROFILE, throttle: { budgets: true, rate: 0.2, seed: 7, retryAfter: 2 } },
  });
  emulator.pump.stop();
  // Beside the seeded share of 429s, the first two reads of users are refused.
  emulator.forceThrottled({ count: 2, retryAfter: 3, method: 'GET', pattern: '/users' });
  const { client, sent } = await emulatorGraph(emulator, { scheduler: emulatorTime(emulator) });
  const progress: string[] = [];
  const copy = await loadTenantCopy(client, {
    now: () => emulator.store.clock.now(),
    onProgress: (p) => progress.push(`${p.phase} ${String(p.done)}/${String(p.total)}`),
  });
  const tenant = tenantFromCopy(copy, { clock: () => emulator.store.clock.now() });
  const membersRead = new Set(copy.groups.filter((g) => g.members).map((g) => g.id));
  return { emulator, copy, tenant, sent, progress, membersRead };
}

describe('tenant copy round trip', () => {
  it('default: every user, group and product as the emulator holds it, through forced 429s', async () => {
    const { emulator, copy, tenant, sent, progress, membersRead } = await roundTrip(
      createSeedStore('default'),
    );
    expect(sent.throttled).toBeGreaterThan(0);
    expect(copy.users.length).toBe(emulator.store.tenant.userIds().length);
    expect(membersRead.size).toBeGreaterThan(0);
    expect(progress).toContain(`users ${String(copy.users.length)}/${String(copy.users.length)}`);
    expect(tenantDifferences(emulator.store.tenant, tenant, membersRead)).toEqual([]);
  });

  it('large at 1/10: 10,000 users the same, user by user', async () => {
    const { emulator, tenant, membersRead, copy } = await roundTrip(buildNow(largeSeed(0.1)));
    expect(copy.users.length).toBeGreaterThan(9_000);
    expect(tenantDifferences(emulator.store.tenant, tenant, membersRead)).toEqual([]);
  }, 60_000);
});
