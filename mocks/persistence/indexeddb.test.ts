/**
 * The browser persistence path over a real IndexedDB implementation (fake-indexeddb): a change is
 * saved before it is answered, a new emulator over the same database resumes it, reset returns to
 * the seed, and an unreadable record falls back to the seed with a warning instead of a crash.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileRule } from '../../src/engine/rules';
import { createSeedStore } from '../seeds';
import { exportStore, importStore } from './codec';
import type { EmbeddedEmulator } from './embedded';
import {
  loadTenant,
  openIndexedDbStorage,
  writeRawJournalRecord,
  writeRawRecord,
} from './indexeddb';
import { randomChanges, renewingSend, tenantDigest } from './random-changes';
import { ADMIN, freshDatabase, rawState, send, start, token } from './test-kit';

afterEach(() => {
  vi.restoreAllMocks();
});

const savedUpns = async (database: string) =>
  (await loadTenant(database))?.snapshot.engine.users.map((u) => u.profile.userPrincipalName);

const newUser = {
  accountEnabled: true,
  displayName: 'Saved Sam',
  mailNickname: 'savedsam',
  userPrincipalName: 'saved.sam@contoso.com',
  passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
};

describe('IndexedDB persistence', () => {
  it('saves a change before answering it, and a new emulator over the same database resumes it', async () => {
    const database = freshDatabase();
    const first = await start(database);
    expect(first.restored).toBe(false);
    const bearer = await token(first);
    const created = await send(first, 'POST', '/v1.0/users', { token: bearer, body: newUser });
    expect(created.status).toBe(201);
    // Read straight after the answer: nothing else ran in between, so the save came first.
    expect(await savedUpns(database)).toEqual([ADMIN, 'saved.sam@contoso.com']);

    const second = await start(database);
    expect(second.restored).toBe(true);
    const read = await send(second, 'GET', '/v1.0/users/saved.sam@contoso.com', { token: bearer });
    expect(read.status).toBe(200);
    expect(read.json.displayName).toBe('Saved Sam');
  });

  it('a request that is refused saves nothing', async () => {
    const database = freshDatabase();
    const backend = await start(database);
    await backend.saver.flush();
    const before = backend.saver.status().writes;
    const bearer = await token(backend);
    expect(backend.saver.status().writes).toBe(before + 1);
    const refused = await send(backend, 'POST', '/v1.0/users', {
      token: bearer,
      body: { ...newUser, usageLocation: 'USA' },
    });
    expect(refused.status).toBe(400);
    expect(backend.saver.status().writes).toBe(before + 1);
  });

  it('reset returns to the seed, in the database too, and old tokens stop working', async () => {
    const database = freshDatabase();
    const backend = await start(database);
    const bearer = await token(backend);
    expect(
      (await send(backend, 'POST', '/v1.0/users', { token: bearer, body: newUser })).status,
    ).toBe(201);
    const reset = await send(backend, 'POST', '/_emulator/reset', { body: { seed: 'empty' } });
    expect(reset.json).toEqual({ seed: 'empty', users: 1, groups: 0, subscriptions: 0 });
    expect(await savedUpns(database)).toEqual([ADMIN]);
    const after = await start(database);
    expect(after.restored).toBe(true);
    expect(
      (await send(after, 'GET', '/v1.0/users/saved.sam@contoso.com', { token: await token(after) }))
        .status,
    ).toBe(404);
    expect((await send(after, 'GET', '/v1.0/me', { token: bearer })).status).toBe(401);
  });

  it.each([
    [
      'an unknown format version',
      { format: 'graph-emulator-tenant-parts', version: 2, parts: 0 },
      /unknown format or version \(format "graph-emulator-tenant-parts", version 2\)/,
    ],
    ['something else entirely', 'not a tenant', /unknown format or version \(string\)/],
    [
      'a manifest whose parts are missing',
      { format: 'graph-emulator-tenant-parts', version: 1, parts: 3 },
      /incomplete or damaged/,
    ],
    [
      'a snapshot whose engine state is damaged',
      { format: 'graph-emulator-tenant', version: 1, engine: null },
      /.+/,
    ],
  ] as const)(
    '%s falls back to the seed with a clear warning, then saves a readable tenant',
    async (_name, record, reason) => {
      const database = freshDatabase();
      await writeRawRecord(record, database);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const backend = await start(database);
      expect(backend.restored).toBe(false);
      expect(warn).toHaveBeenCalledTimes(1);
      const message = String(warn.mock.calls[0]?.[0]);
      expect(message).toMatch(new RegExp(`IndexedDB database "${database}" could not be read \\(`));
      expect(message).toMatch(reason);
      expect(message).toMatch(/starting from the "empty" seed instead\.$/);
      expect(backend.emulator.store.findUserId(ADMIN)).toBeDefined();
      await backend.saver.flush();
      expect(await savedUpns(database)).toEqual([ADMIN]);
    },
  );

  it('reads a tenant saved whole by the earlier format', async () => {
    const database = freshDatabase();
    const store = createSeedStore('empty');
    await writeRawRecord(JSON.parse(JSON.stringify(exportStore(store))), database);
    const backend = await start(database);
    expect(backend.restored).toBe(true);
  });

  it('a default tenant survives the parts layout unchanged', async () => {
    const database = freshDatabase();
    const store = createSeedStore('default');
    const snapshot = exportStore(store);
    await (await openIndexedDbStorage(database)).storage.checkpoint(snapshot, 0);
    const loaded = (await loadTenant(database))?.snapshot;
    expect(loaded).toEqual(JSON.parse(JSON.stringify(snapshot)));
    expect(exportStore(importStore(loaded ?? snapshot, compileRule, 'manual'))).toEqual(snapshot);
  }, 30_000);
});

function startWith(
  database: string,
  compaction: { compactMinItems: number; compactRatio: number },
): Promise<EmbeddedEmulator> {
  return start(database, { compaction });
}

/**
 * An emulator whose first save (the seed, as a recipe) has been folded into a snapshot, so the
 * journal holds only what the test does next.
 */
async function startSettled(database: string): Promise<EmbeddedEmulator> {
  const backend = await start(database);
  await backend.saver.flush();
  await backend.saver.settled();
  return backend;
}

/** A database whose journal holds the creation of one user; its journal keys. */
async function journalAfterOneUser(database: string) {
  const backend = await startSettled(database);
  const bearer = await token(backend);
  expect(
    (await send(backend, 'POST', '/v1.0/users', { token: bearer, body: newUser })).status,
  ).toBe(201);
  return rawState(database);
}

describe('the IndexedDB journal', () => {
  it('a change is one journal record; the snapshot is left alone', async () => {
    const database = freshDatabase();
    const backend = await startSettled(database);
    const bearer = await token(backend);
    const before = await rawState(database);
    expect(
      (await send(backend, 'POST', '/v1.0/users', { token: bearer, body: newUser })).status,
    ).toBe(201);
    const after = await rawState(database);
    expect(after.seq).toBe(before.seq);
    expect(after.journal).toEqual([...before.journal, (before.journal.at(-1) ?? before.seq) + 1]);
  });

  it('compaction folds the journal into the snapshot; a reload after random changes is the live tenant', async () => {
    const database = freshDatabase();
    const backend = await startWith(database, { compactMinItems: 5, compactRatio: 0 });
    const sendChange = renewingSend(
      async (method, path, body, bearer) =>
        (
          await send(backend, method, path, {
            token: bearer,
            ...(body === undefined ? {} : { body }),
          })
        ).status,
      () => token(backend),
    );
    const changes = randomChanges(11, () => backend.emulator.store, sendChange);
    for (let i = 0; i < 60; i++) await changes.next();
    await backend.saver.flush();
    await backend.saver.settled();
    expect(backend.saver.status().compactions).toBeGreaterThanOrEqual(2);
    const { seq, journal } = await rawState(database);
    expect(seq).toBeGreaterThan(0);
    expect(journal.every((key) => key > seq)).toBe(true);
    const loaded = await loadTenant(database);
    if (!loaded) throw new Error('nothing saved');
    expect(tenantDigest(importStore(loaded.snapshot, compileRule, 'manual'))).toBe(
      tenantDigest(backend.emulator.store),
    );
  }, 60_000);

  it('a last record cut short is left out with a warning; the records before it load', async () => {
    const database = freshDatabase();
    const { journal } = await journalAfterOneUser(database);
    const next = (journal.at(-1) ?? 0) + 1;
    await writeRawJournalRecord(next, { seq: next, now: 1 }, database);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loaded = await loadTenant(database);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/last journal record was unreadable/);
    expect(loaded?.seq).toBe(next - 1);
    expect(loaded?.snapshot.engine.users.map((u) => u.profile.userPrincipalName)).toContain(
      'saved.sam@contoso.com',
    );
  });

  it('a damaged record before the last is refused, naming the database and the record', async () => {
    const database = freshDatabase();
    const { journal } = await journalAfterOneUser(database);
    const last = journal.at(-1) ?? 0;
    await writeRawJournalRecord(last, { seq: last, users: 'x' }, database);
    await writeRawJournalRecord(last + 1, { seq: last + 1 }, database);
    await expect(loadTenant(database)).rejects.toThrow(
      new RegExp(`IndexedDB database "${database}" journal record ${String(last)}: `),
    );
  });
});
