/**
 * The HTTP server with a data file: a change is on disk before it is answered, concurrent changes
 * share writes (group commit), and requests that change nothing write nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/rules';
import { importStore } from '../persistence/codec';
import type { JournalRecord } from '../persistence/delta';
import { loadDataFile, openFileStorage } from '../persistence/file-storage';
import type { TenantStorage } from '../persistence/journal';
import { startServer, type RunningServer } from './http-server';

const dir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-commit-'));
const running: RunningServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

/** A file storage whose appends can be held back, to line up concurrent requests deterministically. */
async function gatedStorage(file: string) {
  const { storage: inner } = await openFileStorage(file);
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  let started = 0;
  const storage: TenantStorage = {
    async append(record: JournalRecord) {
      started++;
      if (gate) await gate;
      await inner.append(record);
    },
    checkpoint: (snapshot, seq) => inner.checkpoint(snapshot, seq),
    wantsCompaction: () => inner.wantsCompaction(),
    compact: (snapshot, seq) => inner.compact(snapshot, seq),
    load: () => inner.load(),
    close: () => inner.close(),
  };
  return {
    storage,
    get started() {
      return started;
    },
    hold() {
      gate = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
    release() {
      gate = null;
      open();
    },
  };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2_000 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

async function startWithFile(name: string) {
  const file = path.join(dir, name);
  const gated = await gatedStorage(file);
  const server = await startServer({ seed: 'default', clock: 'manual', persist: gated.storage });
  running.push(server);
  const tokenResponse = await fetch(`${server.origin}/_emulator/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: 'admin@contoso.onmicrosoft.com' }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return { file, gated, server, headers };
}

describe('group commit', () => {
  it('20 concurrent PATCHes: answered only once on disk, written by 2 writes, all there after a restart', async () => {
    const { file, gated, server, headers } = await startWithFile('burst.json');
    const saver = server.saver;
    if (!saver) throw new Error('the server should persist');
    const ids = server.emulator.store.tenant.userIds().slice(100, 120);
    const writesBefore = saver.status().writes;
    const startedBefore = gated.started;
    gated.hold();
    let answered = 0;
    const patches = ids.map((id, i) =>
      fetch(`${server.origin}/v1.0/users/${id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ jobTitle: `Burst ${String(i)}` }),
      }).then((response) => {
        answered++;
        return response.status;
      }),
    );
    // The first change's write is held; the other 19 changes land meanwhile and wait for the next write.
    const applied = () =>
      ids.filter(
        (id, i) => server.emulator.store.tenant.profile(id)?.jobTitle === `Burst ${String(i)}`,
      ).length;
    await until(() => applied() === 20, 'the burst to reach the tenant');
    expect(gated.started).toBe(startedBefore + 1);
    expect(saver.status().waiting).toBeGreaterThanOrEqual(19);
    expect(answered).toBe(0);
    gated.release();
    expect(await Promise.all(patches)).toEqual(ids.map(() => 204));
    expect(saver.status().writes - writesBefore).toBe(2);

    const saved = await loadDataFile(file);
    if (!saved) throw new Error('no data file');
    const restored = importStore(saved.snapshot, compileRule, 'manual');
    expect(ids.map((id) => restored.tenant.profile(id)?.jobTitle)).toEqual(
      ids.map((_, i) => `Burst ${String(i)}`),
    );
  }, 60_000);

  it('requests that change nothing write nothing; a change is on disk when answered', async () => {
    const { file, server, headers } = await startWithFile('quiet.json');
    const saver = server.saver;
    if (!saver) throw new Error('the server should persist');
    const id = server.emulator.store.tenant.userIds()[200] ?? '';
    const writes = () => saver.status().writes;
    const before = writes();
    const get = await fetch(`${server.origin}/v1.0/users/${id}`, { headers });
    expect(get.status).toBe(200);
    const refused = await fetch(`${server.origin}/v1.0/users/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ usageLocation: 'USA' }),
    });
    expect(refused.status).toBe(400);
    const same = server.emulator.store.tenant.profile(id)?.department ?? '';
    const unchanged = await fetch(`${server.origin}/v1.0/users/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ department: same }),
    });
    expect(unchanged.status).toBe(204);
    expect(writes()).toBe(before);

    const changed = await fetch(`${server.origin}/v1.0/users/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ department: 'Durability' }),
    });
    expect(changed.status).toBe(204);
    expect(writes()).toBe(before + 1);
    expect(
      (await loadDataFile(file))?.snapshot.engine.users.find((u) => u.profile.id === id)?.profile
        .department,
    ).toBe('Durability');
  }, 60_000);
});
