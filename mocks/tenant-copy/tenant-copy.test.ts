/**
 * The tenant copy against the emulator's own tenants, `default` and `large` at a tenth of its size
 * (`largeSeed(0.1)`, the seed's own scale: 10,000 users). Each is read once, in the `graph`
 * profile, through Graph's budgets, a seeded share of forced 429s and reads refused many times in
 * a row (12 user pages; 60 member reads, 10 for each of the 6 groups read in one $batch), more than
 * the client's own 8 attempts: the loader waits them all out (waits move the emulator's manual
 * clock, so no wall time passes). Then:
 *
 * - round trip: engine -> Graph (the emulator) -> copy -> engine gives the same tenant, user by
 *   user (licences, assignment states and errors, plans and their states, attributes, memberships);
 * - differential: seeded random admin changes previewed on the copy equal the emulator's previews
 *   (`differential.ts`; thousands run in `npm run diff:tenant-copy`).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Tenant } from '../../src/engine';
import type { TenantCopy } from '../../src/lib/tenant-copy/copy-types';
import { tenantFromCopy } from '../../src/lib/tenant-copy/engine-from-copy';
import { loadTenantCopy } from '../../src/lib/tenant-copy/load-copy';
import { Emulator } from '../graph/emulator';
import { GRAPH_PROFILE } from '../graph/profile/profile';
import type { TenantStore } from '../graph/store';
import { createSeedStore } from '../seeds';
import { buildNow } from '../seeds/build';
import { largeSeed } from '../seeds/large';
import { tenantDifferences } from './compare';
import { describeMismatch, runDifferential } from './differential';
import { emulatorGraph, emulatorTime } from './emulator-client';

// Each differential builds a tenant, makes its changes through Graph and previews on two copies:
// 4.5-9 s each run alone at load 9; the 200-change one took over 10 s in a full run at load 10.
vi.setConfig({ testTimeout: 60_000 });

interface Loaded {
  readonly emulator: Emulator;
  readonly copy: TenantCopy;
  readonly tenant: Tenant;
  readonly sent: { requests: number; batched: number; throttled: number };
  readonly progress: readonly string[];
}

/**
 * Requests refused in a row before the load goes on: more than the client's 8 attempts, so the
 * loader itself must go on waiting Graph out.
 */
interface Refused {
  readonly count: number;
  readonly pattern: string;
}

async function load(store: TenantStore, refused: Refused): Promise<Loaded> {
  const emulator = new Emulator({
    store,
    clock: 'manual',
    profile: { ...GRAPH_PROFILE, throttle: { budgets: true, rate: 0.2, seed: 7, retryAfter: 2 } },
  });
  emulator.pump.stop();
  emulator.forceThrottled({ ...refused, retryAfter: 3, method: 'GET' });
  const { client, sent } = await emulatorGraph(emulator, { scheduler: emulatorTime(emulator) });
  const progress: string[] = [];
  const copy = await loadTenantCopy(client, {
    now: () => emulator.store.clock.now(),
    onProgress: (p) => progress.push(`${p.phase} ${String(p.done)} of ${String(p.total)}`),
  });
  const tenant = tenantFromCopy(copy, { clock: () => emulator.store.clock.now() });
  return { emulator, copy, tenant, sent, progress };
}

const membersRead = (copy: TenantCopy) =>
  new Set(copy.groups.filter((g) => g.members).map((g) => g.id));

/** A synced user's on-premises names, which rules read (`user.onPremisesDistinguishedName`). */
const SYNCED = {
  onPremisesDistinguishedName: 'CN=Uma Silva,OU=Legal,DC=contoso,DC=com',
  onPremisesSecurityIdentifier: 'S-1-5-21-1180699209-877415012-3182924384-1004',
  onPremisesSyncEnabled: true,
};

describe('tenant copy of default', () => {
  let loaded: Loaded;
  let synced = '';
  beforeAll(async () => {
    const store = createSeedStore('default');
    synced = store.tenant.userIds()[0] ?? '';
    store.tenant.updateUser(synced, SYNCED);
    loaded = await load(store, { count: 12, pattern: '/users' });
  });

  it('reads the on-premises names of a synced user, which rules read', () => {
    const user = loaded.copy.users.find((u) => u.id === synced);
    expect(user).toMatchObject(SYNCED);
    expect(loaded.tenant.profile(synced)).toMatchObject(SYNCED);
  });

  it('waits out every 429, 12 refused user pages in a row among them, and reports progress in users', () => {
    const { copy, sent, progress, emulator } = loaded;
    expect(sent.throttled).toBeGreaterThanOrEqual(12);
    expect(copy.users).toHaveLength(emulator.store.tenant.userIds().length);
    const total = String(copy.users.length);
    expect(progress).toContain(`users 999 of ${total}`);
    expect(progress).toContain(`users ${total} of ${total}`);
    expect(copy.finishedAt).toBeGreaterThan(copy.takenAt);
  });

  it('round trip: the same tenant, user by user', () => {
    const { emulator, copy, tenant } = loaded;
    expect(membersRead(copy).size).toBeGreaterThan(0);
    expect(tenantDifferences(emulator.store.tenant, tenant, membersRead(copy))).toEqual([]);
  });

  it('differential: 200 random admin changes preview the same', () => {
    const result = runDifferential(loaded.emulator.store.tenant, loaded.tenant, 1, 200);
    expect(result.changes).toBeGreaterThan(150);
    expect(Object.keys(result.byKind).sort()).toEqual([
      'planToggle',
      'productAdd',
      'productRemove',
      'ruleEdit',
    ]);
    expect(result.mismatches.map((m) => describeMismatch('default', m))).toEqual([]);
  });
});

describe('tenant copy of large at 1/10', () => {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await load(buildNow(largeSeed(0.1)), { count: 60, pattern: '/groups/:id/members' });
  }, 60_000);

  it("round trip: the same tenant, user by user, through 10 refused reads in a row of every group's members", () => {
    const { emulator, copy, tenant, sent } = loaded;
    expect(sent.throttled).toBeGreaterThanOrEqual(60);
    expect(copy.users.length).toBeGreaterThan(9_000);
    expect(tenantDifferences(emulator.store.tenant, tenant, membersRead(copy))).toEqual([]);
  });

  it('differential: 40 random admin changes preview the same', () => {
    const result = runDifferential(loaded.emulator.store.tenant, loaded.tenant, 1, 40);
    expect(result.changes).toBeGreaterThan(30);
    expect(result.mismatches.map((m) => describeMismatch('large', m))).toEqual([]);
  }, 30_000);
});
