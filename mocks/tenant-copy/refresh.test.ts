/**
 * The refresh of a tenant copy through Graph's delta queries, on `default` and `large` at a tenth:
 * after seeded admin changes through Graph (licences, rules, attributes, members, users created
 * and deleted) and processing to completion, the refreshed copy gives the same tenant as the
 * emulator holds, user by user (the round trip's compare), and the same users as a copy loaded
 * whole; a deltaLink Graph no longer answers (410) makes the refresh a whole load.
 */
import { describe, expect, it } from 'vitest';
import type { TenantCopy } from '../../src/lib/tenant-copy/copy-types';
import { tenantFromCopy } from '../../src/lib/tenant-copy/engine-from-copy';
import { loadTenantCopy } from '../../src/lib/tenant-copy/load-copy';
import { refreshTenantCopy } from '../../src/lib/tenant-copy/refresh-copy';
import { Emulator } from '../graph/emulator';
import { GRAPH_PROFILE } from '../graph/profile/profile';
import type { TenantStore } from '../graph/store';
import { createSeedStore } from '../seeds';
import { buildNow } from '../seeds/build';
import { largeSeed } from '../seeds/large';
import { tenantDifferences } from './compare';
import { emulatorGraph, emulatorTime } from './emulator-client';
import { makeGraphChanges } from './graph-changes';

const membersRead = (copy: TenantCopy) =>
  new Set(copy.groups.filter((g) => g.members).map((g) => g.id));

/** Users as compared with a whole load: by id, whatever the order. */
const usersById = (copy: TenantCopy) =>
  Object.fromEntries(
    [...copy.users].sort((a, b) => a.id.localeCompare(b.id)).map((u) => [u.id, u]),
  );

async function refreshAfterChanges(store: TenantStore, changes: number) {
  const emulator = new Emulator({
    store,
    clock: 'manual',
    profile: { ...GRAPH_PROFILE, throttle: { budgets: true, rate: 0.1, seed: 3, retryAfter: 2 } },
  });
  emulator.pump.stop();
  const { client } = await emulatorGraph(emulator, { scheduler: emulatorTime(emulator) });
  const now = () => emulator.store.clock.now();
  const copy = await loadTenantCopy(client, { now });
  // A second between changes, as an admin's are: users created in the same second tie in
  // `createdDateTime`, and delta does not say in which order they were made.
  const counts = await makeGraphChanges(
    client,
    () => emulator.store.tenant,
    1,
    changes,
    () => {
      emulator.store.clock.advance(1_000);
    },
  );
  emulator.pump.drainNow();
  const refreshed = await refreshTenantCopy(client, copy, { now });
  return { emulator, client, copy, refreshed, counts, now };
}

describe('refresh of a tenant copy', () => {
  it('default: after 150 changes through Graph, the refreshed copy is the tenant, user by user, and a whole load', async () => {
    const { emulator, client, copy, refreshed, counts, now } = await refreshAfterChanges(
      createSeedStore('default'),
      150,
    );
    expect(counts.made).toBeGreaterThan(100);
    expect(Object.keys(counts.byKind).length).toBeGreaterThanOrEqual(8);
    expect(refreshed.deltaLinks).not.toEqual(copy.deltaLinks);
    const tenant = tenantFromCopy(refreshed, { clock: now });
    expect(tenantDifferences(emulator.store.tenant, tenant, membersRead(refreshed))).toEqual([]);
    const whole = await loadTenantCopy(client, { now });
    expect(usersById(refreshed)).toEqual(usersById(whole));
    expect(refreshed.requests).toBeLessThan(whole.requests);
  }, 60_000);

  it('large at 1/10: after 60 changes, the refreshed copy is the tenant, user by user', async () => {
    const { emulator, refreshed, now } = await refreshAfterChanges(buildNow(largeSeed(0.1)), 60);
    const tenant = tenantFromCopy(refreshed, { clock: now });
    expect(tenantDifferences(emulator.store.tenant, tenant, membersRead(refreshed))).toEqual([]);
  }, 120_000);

  it('is as of now in every part: groups that were processing have their members and their licence states read again', async () => {
    const emulator = new Emulator({ seed: 'default', clock: 'manual' });
    emulator.pump.stop();
    const now = () => emulator.store.clock.now();
    const { client } = await emulatorGraph(emulator);
    const copy = await loadTenantCopy(client, { now });
    const group = copy.groups.find(
      (g) => g.assignedLicenses.length > 0 && (g.members?.users.length ?? 0) > 1,
    );
    if (!group?.members) throw new Error('default has a licensed group with members');
    const [gone, ...kept] = group.members.users;
    // The copy as read while the group was processing: one member not listed yet, and the others'
    // states not written yet. Graph's delta tracks neither states nor what was already there.
    const stale: TenantCopy = {
      ...copy,
      processingGroups: [group.id],
      groups: copy.groups.map((g) =>
        g.id === group.id
          ? {
              ...g,
              licenseProcessingState: 'ProcessingInProgress',
              members: { users: kept, groups: g.members?.groups ?? [] },
            }
          : g,
      ),
      users: copy.users.map((u) =>
        group.members?.users.includes(u.id) ? { ...u, licenseAssignmentStates: [] } : u,
      ),
    };
    emulator.store.clock.advance(300_000);
    const refreshed = await refreshTenantCopy(client, stale, { now });
    expect(refreshed.takenAt).toBe(now());
    expect(Object.values(refreshed.partsTakenAt)).toEqual([now(), now(), now(), now()]);
    expect(refreshed.processingGroups).toEqual([]);
    expect(refreshed.groups.find((g) => g.id === group.id)).toEqual(
      copy.groups.find((g) => g.id === group.id),
    );
    expect(gone).toBeDefined();
    expect(usersById(refreshed)).toEqual(usersById(copy));
  });

  it('a deltaLink Graph answers 410 resyncRequired (older than seven days) loads the copy whole', async () => {
    const emulator = new Emulator({ seed: 'default', clock: 'manual' });
    emulator.pump.stop();
    const now = () => emulator.store.clock.now();
    const copy = await loadTenantCopy((await emulatorGraph(emulator)).client, { now });
    emulator.store.clock.advance(8 * 24 * 3_600_000);
    const { client, sent } = await emulatorGraph(emulator);
    const user = emulator.store.tenant.userIds()[1] ?? '';
    await client.patch(`/users/${user}`, { department: 'After a week' });
    const refreshed = await refreshTenantCopy(client, copy, { now });
    expect(refreshed.users.find((u) => u.id === user)?.department).toBe('After a week');
    // Whole: every user page was read again.
    expect(refreshed.requests).toBe(copy.requests);
    expect(sent.requests).toBeGreaterThan(2);
    expect(refreshed.takenAt).toBeGreaterThan(copy.takenAt);
  });
});
