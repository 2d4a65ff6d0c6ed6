/**
 * The browser persistence path over a real IndexedDB implementation (fake-indexeddb): a change is
 * saved before it is answered, a new emulator over the same database resumes it, reset returns to
 * the seed, and an unreadable record falls back to the seed with a warning instead of a crash.
 */
import 'fake-indexeddb/auto';
import { getResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileRule } from '../../src/engine/rules';
import { createSeedStore } from '../seeds';
import { exportStore, importStore } from './codec';
import { openEmbeddedEmulator, type EmbeddedEmulator } from './embedded';
import {
  loadTenant,
  openIndexedDbStorage,
  writeRawJournalRecord,
  writeRawRecord,
} from './indexeddb';
import { randomChanges, renewingSend, tenantDigest } from './random-changes';

const ORIGIN = 'https://graph.microsoft.com';
const ADMIN = 'admin@contoso.onmicrosoft.com';
const open: EmbeddedEmulator[] = [];
let databases = 0;
const freshDatabase = () => `persistence-test-${String(++databases)}`;

afterEach(() => {
  for (const backend of open.splice(0)) backend.stop();
  vi.restoreAllMocks();
});

async function start(database: string): Promise<EmbeddedEmulator> {
  const backend = await openEmbeddedEmulator({ seed: 'empty', database });
  open.push(backend);
  return backend;
}

function request(
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

/** One request through the embedded emulator's handlers (a change is saved before it is answered). */
async function send(
  backend: EmbeddedEmulator,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const req = request(method, path, options);
  const response = await getResponse(backend.handlers, req);
  if (!response) throw new Error(`no handler for ${method} ${path}`);
  const text = await response.text();
  return {
    status: response.status,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

async function token(backend: EmbeddedEmulator): Promise<string> {
  const { status, json } = await send(backend, 'POST', '/_emulator/token', {
    body: { userPrincipalName: ADMIN },
  });
  expect(status).toBe(200);
  return json.access_token as string;
}

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

/** The keys of the journal and the manifest's record number, read straight from IndexedDB. */
async function rawState(database: string): Promise<{ seq: number; journal: number[] }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(new Error('open failed'));
    };
  });
  return new Promise((resolve) => {
    const tx = db.transaction(['tenant', 'journal'], 'readonly');
    const manifest = tx.objectStore('tenant').get('current');
    const keys = tx.objectStore('journal').getAllKeys();
    tx.oncomplete = () => {
      db.close();
      resolve({
        seq: (manifest.result as { seq?: number }).seq ?? 0,
        journal: keys.result.map(Number),
      });
    };
  });
}

async function startWith(
  database: string,
  compaction: { compactMinItems: number; compactRatio: number },
): Promise<EmbeddedEmulator> {
  const backend = await openEmbeddedEmulator({ seed: 'empty', database, compaction });
  open.push(backend);
  return backend;
}

/** A database whose journal holds the creation of one user; its journal keys. */
async function journalAfterOneUser(database: string) {
  const backend = await start(database);
  const bearer = await token(backend);
  expect(
    (await send(backend, 'POST', '/v1.0/users', { token: bearer, body: newUser })).status,
  ).toBe(201);
  return rawState(database);
}

describe('the IndexedDB journal', () => {
  it('a change is one journal record; the snapshot is left alone', async () => {
    const database = freshDatabase();
    const backend = await start(database);
    await backend.saver.flush();
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
