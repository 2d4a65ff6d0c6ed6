import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/rules';
import { Emulator } from '../graph/emulator';
import type { TenantStore } from '../graph/store';
import { checkToken } from '../graph/tokens';
import { createSeedStore } from '../seeds';
import { exportStore, importStore, packNewAudit } from './codec';
import { readSnapshotFile, writeFileAtomic } from './file';
import { loadDataFile } from './file-storage';

const dir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-'));
const root = path.resolve(import.meta.dirname, '../..');

describe('tenant snapshots', () => {
  it('a default tenant survives export, JSON and import unchanged', () => {
    const store = createSeedStore('default');
    const snapshot = JSON.parse(JSON.stringify(exportStore(store))) as ReturnType<
      typeof exportStore
    >;
    const restored = importStore(snapshot, compileRule, 'manual');
    expect(exportStore(restored)).toEqual(exportStore(store));
    const someone = store.findUserId('alex.wilber@contoso.com') ?? '';
    expect(restored.tenant.license(someone)).toEqual(store.tenant.license(someone));
    expect(restored.audit.all()).toEqual(store.audit.all());
    expect(restored.tenant.subscriptions()).toEqual(store.tenant.subscriptions());
  });

  it('records written after a restore are saved too (the audit log is packed incrementally)', () => {
    const store = createSeedStore('empty');
    const restored = importStore(
      JSON.parse(JSON.stringify(exportStore(store))) as ReturnType<typeof exportStore>,
      compileRule,
      'manual',
    );
    const admin = restored.findUserId('admin@contoso.onmicrosoft.com') ?? '';
    restored.record(restored.actorOf(admin), 'c0ffee00-0000-4000-8000-000000000000', {
      category: 'UserManagement',
      activityDisplayName: 'Update user',
      operationType: 'Update',
      targetResources: [],
    });
    const again = importStore(
      JSON.parse(JSON.stringify(exportStore(restored))) as ReturnType<typeof exportStore>,
      compileRule,
      'manual',
    );
    expect(again.audit.all().map((a) => a.correlationId)).toEqual([
      'c0ffee00-0000-4000-8000-000000000000',
    ]);
  });
});

describe('the audit log packed ahead of an export', () => {
  const recordOn = (store: TenantStore, correlationId: string, value: string) => {
    const admin = store.findUserId('admin@contoso.onmicrosoft.com') ?? '';
    store.record(store.actorOf(admin), correlationId, {
      category: 'UserManagement',
      activityDisplayName: 'Update user',
      operationType: 'Update',
      targetResources: [
        {
          id: admin,
          displayName: 'Admin',
          type: 'User',
          userPrincipalName: 'admin@contoso.onmicrosoft.com',
          modifiedProperties: [{ displayName: 'JobTitle', oldValue: '[]', newValue: value }],
        },
      ],
    });
  };
  const long = (n: number) =>
    `["a job title long enough to be kept once in the table ${String(n)}"]`;

  it('exports exactly what packing at the export gives, records written after it included', () => {
    const ahead = createSeedStore('empty');
    const atExport = createSeedStore('empty');
    for (const [i, store] of [ahead, atExport].entries()) {
      recordOn(store, 'c0ffee00-0000-4000-8000-000000000001', long(1));
      if (i === 0) packNewAudit(store);
      recordOn(store, 'c0ffee00-0000-4000-8000-000000000002', long(1));
      recordOn(store, 'c0ffee00-0000-4000-8000-000000000003', long(2));
      if (i === 0) packNewAudit(store);
      recordOn(store, 'c0ffee00-0000-4000-8000-000000000004', long(3));
    }
    const snapshot = exportStore(ahead);
    expect(snapshot.strings).toEqual(exportStore(atExport).strings);
    expect(snapshot.audit).toEqual(exportStore(atExport).audit);
    const restored = importStore(
      JSON.parse(JSON.stringify(snapshot)) as ReturnType<typeof exportStore>,
      compileRule,
      'manual',
    );
    expect(restored.audit.all()).toEqual(ahead.audit.all());
  });

  it('keeps a key named __proto__ as data through packing and unpacking', () => {
    const store = createSeedStore('empty');
    recordOn(store, 'c0ffee00-0000-4000-8000-000000000005', long(5));
    const record = store.audit.all()[0] as unknown as Record<string, unknown>;
    Object.defineProperty(record, '__proto__', {
      value: { polluted: long(6) },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const restored = importStore(
      JSON.parse(JSON.stringify(exportStore(store))) as ReturnType<typeof exportStore>,
      compileRule,
      'manual',
    );
    const back = restored.audit.all()[0] as unknown as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toEqual({
      polluted: long(6),
    });
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('reset generations', () => {
  it('survive a restore, so a reset after a restart still hands out tokens never seen before', () => {
    const emulator = new Emulator({ seed: 'empty', clock: 'manual' });
    const admin = (store: TenantStore) => store.findUserId('admin@contoso.onmicrosoft.com') ?? '';
    const first = emulator.store.issueToken(admin(emulator.store));
    emulator.reset('empty');
    const second = emulator.store.issueToken(admin(emulator.store));
    expect(second).not.toBe(first);
    const restored = importStore(
      JSON.parse(JSON.stringify(exportStore(emulator.store))) as ReturnType<typeof exportStore>,
      compileRule,
      'manual',
    );
    expect(restored.generation).toBe(1);
    expect(checkToken(restored, second)).toEqual({ ok: true, userId: admin(restored) });
    const afterRestart = new Emulator({ store: restored, clock: 'manual' });
    afterRestart.reset('empty');
    const third = afterRestart.store.issueToken(admin(afterRestart.store));
    expect([first, second]).not.toContain(third);
    emulator.pump.stop();
    afterRestart.pump.stop();
  });

  it('a file written before generations existed reads as generation 0', () => {
    const old: Record<string, unknown> = { ...exportStore(createSeedStore('empty')) };
    delete old.generation;
    expect(
      importStore(
        JSON.parse(JSON.stringify(old)) as ReturnType<typeof exportStore>,
        compileRule,
        'manual',
      ).generation,
    ).toBe(0);
  });
});

describe('the data file', () => {
  it('is replaced atomically: a crash before the rename leaves the old file whole', async () => {
    const file = path.join(dir, 'atomic.json');
    await writeFileAtomic(file, '{"a":1}');
    writeFileSync(path.join(dir, '.atomic.json.123.456.tmp'), '{"half": ');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    await writeFileAtomic(file, '{"a":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}');
    expect(
      readdirSync(dir).filter((f) => f.startsWith('.atomic.json.') && !f.includes('.123.')),
    ).toEqual([]);
  });

  it('refuses a file that is not an emulator data file, and reads a missing one as null', async () => {
    const file = path.join(dir, 'other.json');
    writeFileSync(file, '{"hello": "world"}');
    await expect(readSnapshotFile(file)).rejects.toThrow(/not a Graph emulator data file/);
    expect(await readSnapshotFile(path.join(dir, 'missing.json'))).toBeNull();
  });
});

interface Running {
  origin: string;
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

async function startCli(args: readonly string[]): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/server/main.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`emulator did not start: ${output}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Graph emulator listening on (http:\/\/127\.0\.0\.1:\d+)\/v1\.0/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited ${String(code)}: ${output}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      resolve(code);
    });
  });
  return {
    origin,
    stop: (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}

describe('the HTTP server with --data', () => {
  afterAll(() => undefined);

  it('prints its address, keeps the tenant across a restart, stops cleanly on SIGTERM and SIGINT, and resets to the seed', async () => {
    const file = path.join(dir, 'tenant.json');
    const first = await startCli(['--port', '0', '--seed', 'empty', '--data', file]);
    const tokenResponse = await fetch(`${first.origin}/_emulator/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userPrincipalName: 'admin@contoso.onmicrosoft.com' }),
    });
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const created = await fetch(`${first.origin}/v1.0/users`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        accountEnabled: true,
        displayName: 'Persisted',
        mailNickname: 'persisted',
        userPrincipalName: 'persisted@contoso.com',
        passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
      }),
    });
    expect(created.status).toBe(201);
    expect(await first.stop('SIGTERM')).toBe(0);

    const second = await startCli(['--port', '0', '--seed', 'empty', '--data', file]);
    const read = await fetch(`${second.origin}/v1.0/users/persisted@contoso.com`, { headers });
    expect(read.status).toBe(200);
    const reset = await fetch(`${second.origin}/_emulator/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ seed: 'empty' }),
    });
    expect(reset.status).toBe(200);
    expect(await second.stop('SIGINT')).toBe(0);
    const saved = (await loadDataFile(file))?.snapshot;
    expect(saved?.engine.users.map((u) => u.profile.userPrincipalName)).toEqual([
      'admin@contoso.onmicrosoft.com',
    ]);
  }, 60_000);
});
