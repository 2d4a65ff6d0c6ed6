/**
 * A new tenant saved as its seed (`seed-recipe.ts`): a reset answers once a few bytes are in
 * IndexedDB instead of the whole tenant, reads back as the tenant the seed builds, and is folded
 * into a snapshot by the compaction that follows; a crash before that loses nothing acknowledged.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileRule } from '../../src/engine/rules';
import { createSeedStore } from '../seeds';
import { exportStore, importStore } from './codec';
import { DataFileError } from './errors';
import { PUTS_AHEAD } from './idb';
import { IndexedDbStorage, loadTenant, openIndexedDbStorage, writeRawRecord } from './indexeddb';
import { tenantDigest } from './random-changes';
import { seedFingerprint, seedRecipeOf } from './seed-recipe';
import { splitSnapshot } from './snapshot-parts';
import { freshDatabase, rawState, send, start, token } from './test-kit';

afterEach(() => {
  vi.restoreAllMocks();
});

const newUser = {
  accountEnabled: true,
  displayName: 'After Reset',
  mailNickname: 'afterreset',
  userPrincipalName: 'after.reset@contoso.com',
  passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
};

/** The tenant saved in `database`, as a store. */
async function saved(database: string) {
  const loaded = await loadTenant(database);
  if (!loaded) throw new Error('nothing saved');
  return importStore(loaded.snapshot, compileRule, 'manual');
}

describe('a tenant saved as its seed', () => {
  it('a seed as built has a recipe; once it changed it has none', () => {
    const store = createSeedStore('empty');
    expect(seedRecipeOf(store)).toMatchObject({ seed: 'empty', generation: 0 });
    store.touch();
    expect(seedRecipeOf(store)).toBeNull();
  });

  it('a reset is saved as its seed, not written whole, and reads back as the live tenant', async () => {
    const database = freshDatabase();
    const backend = await start(database);
    await backend.saver.flush();
    const whole = vi.spyOn(IndexedDbStorage.prototype, 'checkpoint');
    const recipe = vi.spyOn(IndexedDbStorage.prototype, 'checkpointSeed');
    // The compaction that replaces the recipe is held, so the recipe is what the database holds.
    vi.spyOn(IndexedDbStorage.prototype, 'compact').mockImplementation(
      () => new Promise<void>(() => undefined),
    );

    const reset = await send(backend, 'POST', '/_emulator/reset', { body: { seed: 'default' } });
    expect(reset.status).toBe(200);
    expect(whole).not.toHaveBeenCalled();
    expect(recipe).toHaveBeenCalledTimes(1);
    const { manifest } = await rawState(database);
    expect(manifest).toMatchObject({ parts: 0, seed: { seed: 'default', generation: 1 } });
    expect(JSON.stringify(manifest).length).toBeLessThan(300);
    await backend.emulator.pump.waitForIdle();
    await backend.saver.flush();
    expect(tenantDigest(await saved(database))).toBe(tenantDigest(backend.emulator.store));
  }, 60_000);

  it('changes after the reset follow the recipe, and a crash before the compaction loses none', async () => {
    const database = freshDatabase();
    const first = await start(database);
    // A compaction that never ends stands for a tab closed before it did.
    vi.spyOn(IndexedDbStorage.prototype, 'compact').mockImplementation(
      () => new Promise<void>(() => undefined),
    );
    expect(
      (await send(first, 'POST', '/_emulator/reset', { body: { seed: 'default' } })).status,
    ).toBe(200);
    const bearer = await token(first);
    expect(
      (await send(first, 'POST', '/v1.0/users', { token: bearer, body: newUser })).status,
    ).toBe(201);
    await first.emulator.pump.waitForIdle();
    await first.saver.flush();
    const state = await rawState(database);
    expect(state.manifest.seed).toBeDefined();
    expect(state.journal.length).toBeGreaterThan(0);
    const live = tenantDigest(first.emulator.store);
    first.stop();

    const second = await start(database);
    expect(second.restored).toBe(true);
    expect(tenantDigest(second.emulator.store)).toBe(live);
    const read = await send(second, 'GET', '/v1.0/users/after.reset@contoso.com', {
      token: await token(second),
    });
    expect(read.status).toBe(200);
  }, 60_000);

  it('the compaction that follows replaces the recipe with the tenant itself', async () => {
    const database = freshDatabase();
    const backend = await start(database);
    expect(
      (await send(backend, 'POST', '/_emulator/reset', { body: { seed: 'default' } })).status,
    ).toBe(200);
    await backend.emulator.pump.waitForIdle();
    await backend.saver.flush();
    await backend.saver.settled();
    const { manifest } = await rawState(database);
    expect(manifest.seed).toBeUndefined();
    expect(manifest.parts).toBeGreaterThan(0);
    expect(backend.saver.status().compactions).toBeGreaterThan(0);
    expect(tenantDigest(await saved(database))).toBe(tenantDigest(backend.emulator.store));
  }, 60_000);

  it('a reset while a compaction writes the tenant does not wait for it: the compaction stops', async () => {
    const database = freshDatabase();
    const { storage } = await openIndexedDbStorage(database);
    const store = createSeedStore('default');
    await storage.checkpoint(exportStore(store), 1);
    // Puts of the compaction's parts (keys under its prefix `2.`) made before the reset is saved.
    let compactionPuts = 0;
    let resetSaved = false;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the store as `this`
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if (!resetSaved && typeof key === 'string' && key.startsWith('2.')) compactionPuts++;
      return original.call(this, value, key);
    });
    const compaction = storage.compact(exportStore(store), 2);
    const recipe = seedRecipeOf(createSeedStore('empty'));
    if (!recipe) throw new Error('no recipe');
    await storage.checkpointSeed(recipe, 3);
    resetSaved = true;
    await compaction;
    const parts = splitSnapshot(exportStore(store)).parts.length;
    expect(parts).toBeGreaterThan(PUTS_AHEAD * 2);
    expect(compactionPuts).toBeLessThanOrEqual(PUTS_AHEAD * 2);
    expect((await rawState(database)).manifest).toMatchObject({ seq: 3, seed: { seed: 'empty' } });
  }, 30_000);

  it.each([
    [
      'a seed this version builds differently',
      { fingerprint: '1/0/0/0' },
      /another version of the emulator built it \(1\/0\/0\/0; this version builds /,
    ],
    [
      'a seed this version does not have',
      { seed: 'huge' },
      /the seed "huge", which this version does not have/,
    ],
  ])('%s is an unreadable database, named', async (_name, change, reason) => {
    const database = freshDatabase();
    const built = createSeedStore('empty');
    const recipe = {
      seed: 'empty',
      now: 0,
      generation: 0,
      fingerprint: seedFingerprint(built),
      ...change,
    };
    await writeRawRecord(
      {
        format: 'graph-emulator-tenant-parts',
        version: 1,
        parts: 0,
        seq: 1,
        prefix: '1.seed:',
        seed: recipe,
      },
      database,
    );
    const error: unknown = await loadTenant(database).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(new RegExp(`IndexedDB database "${database}"`));
    expect((error as Error).message).toMatch(reason);
  });
});
