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
import { loadTenant, openIndexedDbStorage, writeRawRecord } from './indexeddb';

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

/** A change goes through `answer` (saved before answered); a read straight to the handlers. */
async function send(
  backend: EmbeddedEmulator,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const req = request(method, path, options);
  const response = (await backend.answer(req)) ?? (await getResponse(backend.handlers, req));
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
