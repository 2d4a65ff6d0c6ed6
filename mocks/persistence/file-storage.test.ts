/**
 * The data file and its journal, in process: what is loaded is exactly the tenant that was
 * acknowledged (after random changes and compactions), a failed save is undone and answered 503,
 * a torn last record is cut off, and damage anywhere else stops the load with one line.
 */
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/rules';
import { startServer, type RunningServer } from '../server/http-server';
import { importStore } from './codec';
import type { JournalRecord } from './delta';
import { openFileStorage, loadDataFile, type FileStorageOptions } from './file-storage';
import type { TenantStorage } from './journal';
import { randomChanges, renewingSend, tenantDigest } from './random-changes';

const dir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-journal-'));
let files = 0;
const freshFile = () => path.join(dir, `tenant-${String(++files)}.json`);
const running: RunningServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

async function serve(
  file: string,
  options: FileStorageOptions = {},
  wrap = (s: TenantStorage) => s,
) {
  const { storage, loaded } = await openFileStorage(file, options);
  const store = loaded ? importStore(loaded.snapshot, compileRule, 'manual') : undefined;
  const server = await startServer({
    seed: 'default',
    clock: 'manual',
    ...(store ? { store } : {}),
    persist: wrap(storage),
    persisted: loaded !== null,
    persistedSeq: loaded?.seq ?? 0,
  });
  running.push(server);
  const signIn = async () => {
    const response = await fetch(`${server.origin}/_emulator/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userPrincipalName: 'admin@contoso.onmicrosoft.com' }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  };
  const token = await signIn();
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const send = renewingSend(
    async (method, route, body, bearer) =>
      (
        await fetch(`${server.origin}${route}`, {
          method,
          headers: { ...headers, authorization: `Bearer ${bearer}` },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
      ).status,
    signIn,
  );
  return { server, storage, send, headers };
}

async function loadedDigest(file: string): Promise<string> {
  const loaded = await loadDataFile(file);
  if (!loaded) throw new Error('nothing saved');
  return tenantDigest(importStore(loaded.snapshot, compileRule, 'manual'));
}

describe('the data file and its journal', () => {
  it('after 120 random changes and several compactions, the file loads as exactly the live tenant', async () => {
    const file = freshFile();
    const { server, send } = await serve(file, {
      compactMinBytes: 40_000,
      compactRatio: 0,
    });
    const saver = server.saver;
    if (!saver) throw new Error('the server should persist');
    const changes = randomChanges(7, () => server.emulator.store, send);
    for (let i = 0; i < 120; i++) await changes.next();
    await saver.flush();
    await saver.settled();
    expect(saver.status().compactions).toBeGreaterThanOrEqual(2);
    expect(await loadedDigest(file)).toBe(tenantDigest(server.emulator.store));
  }, 120_000);

  it('one PATCH appends one small record and leaves the snapshot alone', async () => {
    const file = freshFile();
    const { server, storage, send } = await serve(file);
    const before = statSync(file).mtimeMs;
    const bytes = storage.journalBytes;
    const id = server.emulator.store.tenant.userIds()[300] ?? '';
    expect(await send('PATCH', `/v1.0/users/${id}`, { jobTitle: 'Journaled' })).toBe(204);
    expect(storage.journalBytes - bytes).toBeGreaterThan(0);
    expect(storage.journalBytes - bytes).toBeLessThan(16_000);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(
      (await loadDataFile(file))?.snapshot.engine.users.find((u) => u.profile.id === id)?.profile
        .jobTitle,
    ).toBe('Journaled');
  }, 60_000);

  it('a failed save is undone and answered 503 in the envelope; the change never appears', async () => {
    const file = freshFile();
    let fail = false;
    const { server, send, headers } = await serve(file, {}, (inner) => ({
      ...inner,
      append: async (record: JournalRecord) => {
        if (fail) throw new Error('ENOSPC: no space left on device');
        await inner.append(record);
      },
      load: () => inner.load(),
      checkpoint: (s, q) => inner.checkpoint(s, q),
      compact: (s, q) => inner.compact(s, q),
      wantsCompaction: () => inner.wantsCompaction(),
    }));
    const id = server.emulator.store.tenant.userIds()[400] ?? '';
    const title = () => server.emulator.store.tenant.profile(id)?.jobTitle;
    const before = title();
    fail = true;
    const refused = await fetch(`${server.origin}/v1.0/users/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ jobTitle: 'Never saved' }),
    });
    expect(refused.status).toBe(503);
    const body = (await refused.json()) as {
      error: { code: string; message: string; innerError: Record<string, string> };
    };
    expect(body.error.code).toBe('serviceNotAvailable');
    expect(body.error.message).toMatch(/could not be saved/);
    expect(body.error.innerError['request-id']).toBeTruthy();
    expect(title()).toBe(before);
    fail = false;
    // The next change is saved, and the refused one does not come back with it.
    const other = server.emulator.store.tenant.userIds()[401] ?? '';
    expect(await send('PATCH', `/v1.0/users/${other}`, { jobTitle: 'Saved' })).toBe(204);
    expect(title()).toBe(before);
    const saved = (await loadDataFile(file))?.snapshot.engine.users;
    expect(saved?.find((u) => u.profile.id === id)?.profile.jobTitle).toBe(before);
    expect(saved?.find((u) => u.profile.id === other)?.profile.jobTitle).toBe('Saved');
  }, 60_000);

  it('a torn last record is cut off at the next start; the records before it load', async () => {
    const file = freshFile();
    const { server, storage, send } = await serve(file);
    const id = server.emulator.store.tenant.userIds()[500] ?? '';
    expect(await send('PATCH', `/v1.0/users/${id}`, { jobTitle: 'Kept' })).toBe(204);
    const segment = storage.segmentPaths.at(-1) ?? '';
    await server.close();
    running.length = 0;
    const whole = readFileSync(segment).length;
    appendFileSync(segment, '0badf00d {"seq": 99, "now": 1');
    const reopened = await openFileStorage(file);
    expect(statSync(segment).size).toBe(whole);
    expect(
      reopened.loaded?.snapshot.engine.users.find((u) => u.profile.id === id)?.profile.jobTitle,
    ).toBe('Kept');
    await reopened.storage.close();
  }, 60_000);

  it.each([
    [
      'a damaged record before the last',
      (text: string) => text.replace(/"jobTitle":"One"/, '"jobTitle":"Onf"'),
      /line \d+: checksum mismatch/,
    ],
    [
      'a missing record',
      (text: string) => text.split('\n').slice(1).join('\n'),
      /record \d+ is out of order .*records are missing/,
    ],
  ])(
    '%s stops the load with one line naming the journal',
    async (_name, damage, message) => {
      const file = freshFile();
      const { server, storage, send } = await serve(file);
      const id = server.emulator.store.tenant.userIds()[600] ?? '';
      expect(await send('PATCH', `/v1.0/users/${id}`, { jobTitle: 'One' })).toBe(204);
      expect(await send('PATCH', `/v1.0/users/${id}`, { jobTitle: 'Two' })).toBe(204);
      const segment = storage.segmentPaths.at(-1) ?? '';
      await server.close();
      running.length = 0;
      writeFileSync(segment, damage(readFileSync(segment, 'utf8')));
      const damaged = readFileSync(segment, 'utf8');
      const error = await openFileStorage(file).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error?.name).toBe('DataFileError');
      expect(error?.message).toMatch(message);
      expect(error?.message).toContain(segment);
      expect(error?.message.split('\n')).toHaveLength(1);
      expect(readFileSync(segment, 'utf8')).toBe(damaged);
    },
    60_000,
  );

  it('a journal without its data file stops the load instead of starting from the seed', async () => {
    const file = freshFile();
    writeFileSync(`${file}.journal.1`, '');
    await expect(openFileStorage(file)).rejects.toThrow(/is missing, but its journal .* is there/);
  });

  it('writes data files owner-only and removes the temporary files a crash left', async () => {
    const file = freshFile();
    const stale = path.join(dir, `.${path.basename(file)}.4242.1700000000000.tmp`);
    writeFileSync(stale, '{"half": ');
    const { server, storage, send } = await serve(file);
    expect(readdirSync(dir)).not.toContain(path.basename(stale));
    const id = server.emulator.store.tenant.userIds()[700] ?? '';
    expect(await send('PATCH', `/v1.0/users/${id}`, { jobTitle: 'Private' })).toBe(204);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const segment of storage.segmentPaths) expect(statSync(segment).mode & 0o777).toBe(0o600);
  }, 60_000);
});
