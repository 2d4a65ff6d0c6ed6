/**
 * Kept seeds (`copySeedStore`, the emulator's `keepSeeds`): a reset hands out a copy of the seed's
 * first build instead of building it again, and that copy must be exactly what a build gives,
 * however much the tenant before the reset was changed. Compared by a digest of the whole export.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportStore } from '../persistence/codec';
import { emulatorWithClient, randomChanges } from '../persistence/random-changes';
import { syncChangeLog } from '../graph/delta/change-log';
import { copyStore } from '../graph/store-parts';
import type { TenantStore } from '../graph/store';
import { createSeedStore, type SeedName } from '.';

/** SHA-256 of the whole exported tenant but for the reset count (a reset moves it on). */
const digest = (store: TenantStore) =>
  createHash('sha256')
    .update(JSON.stringify({ ...exportStore(store), generation: 0 }))
    .digest('hex');

describe('kept seeds', () => {
  it.each<SeedName>(['default', 'empty'])(
    '%s: after 120 random changes (and again after 60 more), a reset is exactly a fresh build',
    async (seed) => {
      const fresh = createSeedStore(seed);
      const { emulator, send } = emulatorWithClient(seed, { keepSeeds: [seed] });
      expect(digest(emulator.store)).toBe(digest(fresh));

      for (const [round, changes] of [
        [1, 120],
        [2, 60],
      ] as const) {
        expect(await send('GET', '/v1.0/users/delta')).toBe(200);
        const mix = randomChanges(round, () => emulator.store, send);
        for (let i = 0; i < changes; i++) await mix.next();
        syncChangeLog(emulator.store);
        expect(emulator.store.changeMarks.size).toBeGreaterThan(0);
        expect(digest(emulator.store), `round ${String(round)} changed the tenant`).not.toBe(
          digest(fresh),
        );

        const reset = emulator.reset(seed);
        expect(digest(reset), `reset after round ${String(round)}`).toBe(digest(fresh));
        expect(reset.generation).toBe(round);
        expect(reset.tokens.size).toBe(0);
        expect(reset.origin).toEqual({ seed, version: reset.version });
        expect(reset.queuedCorrelations()).toEqual(fresh.queuedCorrelations());
        expect([reset.auditEnabled, reset.perUserAudit]).toEqual([true, true]);
      }
      emulator.pump.stop();
    },
    120_000,
  );

  it('a copy of a changed tenant exports as the original does, and changes to it stay in it', async () => {
    const { emulator, send } = emulatorWithClient('default');
    // Delta marks (for changes after the first delta query) are a part a seed build does not have.
    expect(await send('GET', '/v1.0/users/delta')).toBe(200);
    const mix = randomChanges(7, () => emulator.store, send);
    for (let i = 0; i < 80; i++) await mix.next();
    // Queued work and its correlation ids.
    await send('POST', '/_emulator/processing', { paused: true });
    await send(
      'POST',
      `/v1.0/groups/${[...emulator.store.groups.keys()][0] ?? ''}/reprocessLicenseAssignment`,
    );
    const original = emulator.store;
    syncChangeLog(original);
    expect(original.tenant.queuedJobs).toBeGreaterThan(0);
    expect(original.changeMarks.size).toBeGreaterThan(0);
    const before = JSON.stringify(exportStore(original));

    const copy = copyStore(original);
    expect(JSON.stringify(exportStore(copy))).toBe(before);

    emulator.replace(copy);
    const more = randomChanges(8, () => emulator.store, send);
    for (let i = 0; i < 80; i++) await more.next();
    await send('POST', '/_emulator/processing', { paused: false });
    expect(JSON.stringify(exportStore(copy))).not.toBe(before);
    expect(JSON.stringify(exportStore(original))).toBe(before);
    emulator.pump.stop();
  }, 120_000);
});
