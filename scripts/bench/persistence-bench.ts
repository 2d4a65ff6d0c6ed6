import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileRule } from '../../src/engine/rules';
import { exportStore, importStore } from '../../mocks/persistence/codec';
import { StoreTracker } from '../../mocks/persistence/delta';
import { writeFileAtomic } from '../../mocks/persistence/file';
import { openFileStorage } from '../../mocks/persistence/file-storage';
import { openIndexedDbStorage } from '../../mocks/persistence/indexeddb';
import { emulatorToken } from '../../mocks/server/control-client';
import { startServer } from '../../mocks/server/http-server';
import { createSeedStore, type SeedName } from '../../mocks/seeds';
import { median, percentile } from './stats';

/**
 * Saving a change: one PATCH with `--data` on `default` and `large` (client-side round trip,
 * median and p99), against the same PATCH in memory and the machine's fsync floor, all in this
 * run; the previous design (the whole tenant rewritten per change: temp file, fsync, rename) is
 * measured beside it. The browser side: one change saved to IndexedDB (fake-indexeddb in Node,
 * an indicator only), the whole tenant (previous design) against one journal record.
 */

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** fdatasync of a 2 KB append, the floor under any durable commit on this disk. */
async function fsyncFloor(dir: string, runs: number): Promise<number[]> {
  const handle = await open(path.join(dir, 'floor.bin'), 'a');
  const line = 'x'.repeat(2047) + '\n';
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await handle.write(line);
      await handle.datasync();
      times.push(performance.now() - start);
    }
  } finally {
    await handle.close();
  }
  return times;
}

async function patchTimes(seed: SeedName, data: string | null, runs: number): Promise<number[]> {
  const opened = data ? await openFileStorage(data) : null;
  const server = await startServer({
    seed,
    clock: 'manual',
    ...(opened ? { persist: opened.storage, persisted: false } : {}),
  });
  try {
    const token = await emulatorToken(server.origin, 'admin@contoso.onmicrosoft.com');
    const headers = {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    };
    const ids = server.emulator.store.tenant.userIds().slice(10, 10 + runs + 3);
    const times: number[] = [];
    for (const [i, id] of ids.entries()) {
      const start = performance.now();
      const response = await fetch(`${server.origin}/v1.0/users/${id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ jobTitle: `Bench ${String(i)}` }),
      });
      if (response.status !== 204) throw new Error(`PATCH answered ${String(response.status)}`);
      if (i >= 3) times.push(performance.now() - start);
    }
    return times;
  } finally {
    await server.close();
  }
}

/** The previous design: every change rewrote the whole tenant (export, JSON, temp, fsync, rename). */
async function wholeFileTimes(
  seed: SeedName,
  file: string,
  runs: number,
): Promise<{ times: number[]; bytes: number }> {
  const store = createSeedStore(seed);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bytes = await writeFileAtomic(file, JSON.stringify(exportStore(store)));
    times.push(performance.now() - start);
  }
  return { times, bytes };
}

async function indexedDbTimes(seed: SeedName, runs: number) {
  const store = importStore(
    JSON.parse(JSON.stringify(exportStore(createSeedStore(seed)))) as ReturnType<
      typeof exportStore
    >,
    compileRule,
    'manual',
  );
  const { storage } = await openIndexedDbStorage(`bench-${seed}`);
  const whole: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const start = performance.now();
    await storage.checkpoint(exportStore(store), i + 1);
    whole.push(performance.now() - start);
  }
  const tracker = new StoreTracker(store);
  const ids = store.tenant.userIds().slice(10, 10 + runs);
  const record: number[] = [];
  let seq = 10;
  for (const [i, id] of ids.entries()) {
    const start = performance.now();
    store.mutate('', () => {
      store.tenant.updateUser(id, { jobTitle: `Bench ${String(i)}` });
    });
    await storage.append({ seq: ++seq, ...tracker.delta() });
    record.push(performance.now() - start);
  }
  return { whole, record };
}

const row = (label: string, times: number[]) =>
  `${label}: median ${ms(median(times))}, p99 ${ms(percentile(times, 99))} (${String(times.length)} runs)`;

/** Prints the persistence figures. */
export async function runPersistenceBench(log: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-bench-'));
  try {
    log(row('fsync floor (2 KB append + fdatasync)', await fsyncFloor(dir, 100)));
    for (const [seed, runs, wholeRuns] of [
      ['default', 60, 5],
      ['large', 30, 2],
    ] as const) {
      log(`-- ${seed} seed --`);
      log(row('PATCH in memory', await patchTimes(seed, null, runs)));
      log(
        row(
          'PATCH with --data (journal, now)',
          await patchTimes(seed, path.join(dir, `${seed}.json`), runs),
        ),
      );
      const whole = await wholeFileTimes(seed, path.join(dir, `${seed}-whole.json`), wholeRuns);
      log(
        `${row('whole-file rewrite per change (before)', whole.times)}, ${(whole.bytes / 1e6).toFixed(1)} MB per write`,
      );
    }
    const idb = await indexedDbTimes('default', 40);
    log('-- IndexedDB (fake-indexeddb in Node, default seed; an indicator) --');
    log(row('save a change: whole tenant (before)', idb.whole));
    log(row('save a change: one journal record (now)', idb.record));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
