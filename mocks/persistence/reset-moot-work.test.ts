/**
 * A reset stops background work for the tenant it replaces while it builds the new one: the
 * compaction being written is cancelled (the journal stays, so what is saved does not change),
 * none starts until the reset is over, and the search index build of the old tenant stops. In the
 * browser all of it shared the emulator's worker with the seed build: a reset to `large` right
 * after another spent most of its time writing and indexing the tenant it was replacing.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileRule } from '../../src/engine/rules';
import { createUser } from '../graph/directory-users';
import { Emulator } from '../graph/emulator';
import { createSeedStore } from '../seeds';
import { exportStore, importStore } from './codec';
import { IndexedDbStorage, loadTenant, openIndexedDbStorage } from './indexeddb';
import { tenantDigest } from './random-changes';
import { freshDatabase, rawState, send, start } from './test-kit';

const indexBuilds = vi.hoisted(() => [] as { store: unknown; signal: AbortSignal | undefined }[]);
vi.mock('../graph/search/user-index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../graph/search/user-index')>();
  return {
    ...original,
    buildUserIndexInSlices: (
      store: Parameters<typeof original.buildUserIndexInSlices>[0],
      options: Parameters<typeof original.buildUserIndexInSlices>[1] = {},
    ) => {
      indexBuilds.push({ store, signal: options.signal });
      return original.buildUserIndexInSlices(store, options);
    },
  };
});
// Imported after the mock above is in place (vi.mock is hoisted).
const { indexUsersInBackground } = await import('../worker/emulator-service');

afterEach(() => {
  vi.restoreAllMocks();
  indexBuilds.length = 0;
});

describe('a reset stops the work its new tenant makes moot', () => {
  it('a cancelled compaction leaves the saved tenant as it was', async () => {
    const database = freshDatabase();
    const { storage } = await openIndexedDbStorage(database);
    const before = createSeedStore('default');
    await storage.checkpoint(exportStore(before), 1);
    const changed = createSeedStore('default');
    createUser(
      changed,
      { userPrincipalName: 'moot@contoso.com', displayName: 'Moot', accountEnabled: true },
      { kind: 'app' },
    );
    const compaction = storage.compact(exportStore(changed), 2);
    storage.cancelCompaction();
    await compaction;
    const { manifest } = await rawState(database);
    expect(manifest.seq).toBe(1);
    expect(manifest.prefix).toMatch(/^1\./);
    const loaded = await loadTenant(database);
    if (!loaded) throw new Error('nothing saved');
    expect(tenantDigest(importStore(loaded.snapshot, compileRule, 'manual'))).toBe(
      tenantDigest(before),
    );
  }, 30_000);

  it('the compaction running when a reset starts is cancelled at once, and the new tenant is compacted after', async () => {
    const events: string[] = [];
    // A compaction that lasts until it is cancelled (a 100,000-user tenant being written).
    let release: () => void = () => undefined;
    vi.spyOn(IndexedDbStorage.prototype, 'compact').mockImplementation(function (
      this: IndexedDbStorage,
      _snapshot,
      seq,
    ) {
      events.push(`compact ${String(seq)}`);
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    vi.spyOn(IndexedDbStorage.prototype, 'cancelCompaction').mockImplementation(() => {
      events.push('cancel');
      release();
    });
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the storage as `this`
    const checkpointSeed = IndexedDbStorage.prototype.checkpointSeed;
    vi.spyOn(IndexedDbStorage.prototype, 'checkpointSeed').mockImplementation(function (
      this: IndexedDbStorage,
      recipe,
      seq,
    ) {
      events.push(`recipe ${String(seq)}`);
      return checkpointSeed.call(this, recipe, seq);
    });
    const database = freshDatabase();
    const backend = await start(database, { seed: 'default' });
    await vi.waitFor(() => {
      expect(events).toContain('compact 1');
    });
    backend.emulator.onReplacing(() => events.push('reset building'));
    backend.emulator.onReplace(() => events.push('reset built'));

    const reset = await send(backend, 'POST', '/_emulator/reset', { body: { seed: 'default' } });
    expect(reset.status).toBe(200);
    await vi.waitFor(() => {
      expect(events.at(-1)).toBe('compact 2');
    });
    expect(events).toEqual([
      'recipe 1',
      'compact 1',
      // The saver's listener runs first (added first), before the seed build starts.
      'cancel',
      'reset building',
      'reset built',
      'recipe 2',
      'compact 2',
    ]);
  }, 60_000);

  it('the search index build of the replaced tenant stops when the reset starts building', async () => {
    const emulator = new Emulator({ seed: 'default', seedSlices: { sliceMs: 5 } });
    const old = emulator.store;
    indexUsersInBackground({ emulator });
    const first = indexBuilds.find((b) => b.store === old);
    expect(first?.signal?.aborted).toBe(false);
    let abortedWhileBuilding: boolean | undefined;
    emulator.onReplacing(() => {
      // Called after the service's own listener, in the order they were added.
      abortedWhileBuilding = first?.signal?.aborted;
    });
    const fresh = await emulator.resetInBackground('default');
    expect(abortedWhileBuilding).toBe(true);
    expect(indexBuilds.at(-1)?.store).toBe(fresh);
    expect(indexBuilds.at(-1)?.signal?.aborted).toBe(false);
    emulator.pump.stop();
  }, 60_000);
});
