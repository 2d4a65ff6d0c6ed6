/**
 * Journal records fold into exactly the tenant they were taken from: after random changes, the
 * snapshot of the start plus every record equals the live tenant (by a digest of the whole
 * export), at every point where a record was taken.
 */
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/rules';
import { exportStore, importStore, type StoreSnapshot } from './codec';
import { applyStoreDeltas, isEmptyDelta, StoreTracker, type StoreDelta } from './delta';
import { replay } from './journal';
import { emulatorWithClient, randomChanges, tenantDigest } from './random-changes';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('journal records', () => {
  it.each([1, 2, 3])(
    'seed %i: 150 random changes, a record every 5: snapshot + records == live tenant (checked every 30)',
    async (seed) => {
      const { emulator, send } = emulatorWithClient('default');
      const tracker = new StoreTracker(emulator.store);
      const start = copy(exportStore(emulator.store));
      const changes = randomChanges(seed, () => emulator.store, send);
      const records: StoreDelta[] = [];
      const statuses = new Set<number>();
      for (let i = 1; i <= 150; i++) {
        statuses.add(await changes.next());
        if (i % 5 !== 0) continue;
        records.push(copy(tracker.delta()));
        if (i % 30 !== 0) continue;
        const folded = applyStoreDeltas(copy(start), records);
        const loaded = importStore(folded, compileRule, 'manual');
        expect(tenantDigest(loaded), `after change ${String(i)}`).toBe(
          tenantDigest(emulator.store),
        );
      }
      // The mix both changed and was refused.
      expect([...statuses].some((s) => s >= 200 && s < 300)).toBe(true);
      expect([...statuses].some((s) => s >= 400)).toBe(true);
      emulator.pump.stop();
    },
    120_000,
  );

  it('a record holds only what changed: one PATCH is one user and one audit record', async () => {
    const { emulator, send } = emulatorWithClient('default');
    const tracker = new StoreTracker(emulator.store);
    const id = emulator.store.tenant.userIds()[50] ?? '';
    expect(await send('PATCH', `/v1.0/users/${id}`, { jobTitle: 'Journalist' })).toBe(204);
    const delta = tracker.delta();
    expect(delta.engine.users.map((u) => u.id)).toEqual([id]);
    // The profile changed; the licences and memberships did not, and are not in the record.
    expect(Object.keys(delta.engine.users[0] ?? {}).sort()).toEqual(['id', 'profile']);
    expect(delta.engine.groups).toEqual([]);
    expect(delta.users.set).toEqual([]);
    expect(delta.audit).toHaveLength(1);
    expect(JSON.stringify(delta).length).toBeLessThan(20_000);
    expect(isEmptyDelta(tracker.delta())).toBe(true);
    emulator.pump.stop();
  });

  it('processing a group licence saves each member as its changed entries only', async () => {
    const { emulator, send } = emulatorWithClient('default');
    emulator.pump.setPaused(true);
    const store = emulator.store;
    const groupId =
      store.tenant
        .groupIds()
        .find((id) => (store.tenant.group(id)?.assignedLicenses.length ?? 0) > 0) ?? '';
    const [license] = store.tenant.group(groupId)?.assignedLicenses ?? [];
    const members = store.tenant.group(groupId)?.userMemberIds ?? [];
    expect(members.length).toBeGreaterThan(1);
    const tracker = new StoreTracker(store);
    const start = copy(exportStore(store));
    expect(
      await send('POST', `/v1.0/groups/${groupId}/assignLicense`, {
        addLicenses: [{ skuId: license?.skuId, disabledPlans: [] }],
        removeLicenses: [],
      }),
    ).toBe(202);
    const saved = copy(tracker.delta());
    emulator.pump.drainNow();
    const processed = copy(tracker.delta());
    expect(processed.engine.users.map((u) => u.id).sort()).toEqual([...members].sort());
    for (const user of processed.engine.users) {
      expect(user.profile).toBeUndefined();
      expect(user.memberOf).toBeUndefined();
      expect(user.entries).toBeDefined();
    }
    const loaded = importStore(applyStoreDeltas(start, [saved, processed]), compileRule, 'manual');
    expect(tenantDigest(loaded)).toBe(tenantDigest(store));
    emulator.pump.stop();
  });

  it('reads records written before users were saved in part (whole users, no id)', async () => {
    const { emulator, send } = emulatorWithClient('default');
    const store = emulator.store;
    const tracker = new StoreTracker(store);
    const start = copy(exportStore(store));
    const id = store.tenant.userIds()[7] ?? '';
    expect(await send('PATCH', `/v1.0/users/${id}`, { jobTitle: 'Archivist' })).toBe(204);
    const delta = tracker.delta();
    const whole = exportStore(store).engine.users.find((u) => u.profile.id === id);
    const written = copy({
      ...delta,
      seq: 1,
      engine: { ...delta.engine, users: [{ ...whole, memberOf: store.tenant.memberOf(id) }] },
    });
    const replayed = replay({ snapshot: copy(start), seq: 0 }, [{ where: 'old', value: written }]);
    expect(replayed.records).toBe(1);
    const loaded = importStore(replayed.snapshot, compileRule, 'manual');
    expect(tenantDigest(loaded)).toBe(tenantDigest(store));
    emulator.pump.stop();
  });

  it('a record that changes a user the snapshot lacks is refused, not folded in', () => {
    const { emulator } = emulatorWithClient('empty');
    const snapshot: StoreSnapshot = copy(exportStore(emulator.store));
    const tracker = new StoreTracker(emulator.store);
    const delta = tracker.delta();
    const stray = {
      ...delta,
      engine: { ...delta.engine, users: [{ id: 'not-a-user', entries: [] }] },
    };
    expect(() => applyStoreDeltas(snapshot, [stray])).toThrow(/not-a-user/);
    // Read back from a journal, the error names where the records are.
    expect(() =>
      replay({ snapshot, seq: 0 }, [
        { where: 'FILE.journal.1 line 1', value: { ...stray, seq: 1 } },
      ]),
    ).toThrow(
      /^FILE\.journal\.1 line 1: the records do not follow the saved tenant \(user not-a-user/,
    );
    emulator.pump.stop();
  });

  it('folding no records gives the snapshot back', () => {
    const { emulator } = emulatorWithClient('empty');
    const snapshot: StoreSnapshot = copy(exportStore(emulator.store));
    expect(applyStoreDeltas(snapshot, [])).toBe(snapshot);
    emulator.pump.stop();
  });
});
