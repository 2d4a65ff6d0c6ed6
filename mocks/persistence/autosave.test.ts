/**
 * When the autosave takes the tenant for a compaction. Taking it is one synchronous step (0.3-0.6 s
 * on the large seed the first time): a Save of a plan toggle on the large seed waited for it whenever the journal
 * wanted compacting (after the previous toggle's processing), so it is taken once the tenant is
 * quiet, not by the write a request waits on; only a stream of changes with no pause at all gets
 * it taken by a request's write, after `OVERDUE_AFTER_WRITES` writes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createUser } from '../graph/directory-users';
import { Emulator } from '../graph/emulator';
import { adminActor } from '../seeds/kit';
import { autosave, OVERDUE_AFTER_WRITES, type Autosave } from './autosave';
import type { TenantStorage } from './journal';

const running: { emulator: Emulator; saver: Autosave }[] = [];
afterEach(() => {
  for (const { emulator, saver } of running.splice(0)) {
    saver.stop();
    emulator.pump.stop();
  }
});

/** A storage in memory that always wants compacting until it compacts; what it was asked to do. */
function memoryStorage() {
  const compacted: number[] = [];
  let wants = true;
  const storage: TenantStorage = {
    append: () => Promise.resolve(),
    checkpoint: () => Promise.resolve(),
    wantsCompaction: () => wants,
    compact: (_snapshot, seq) => {
      compacted.push(seq);
      wants = false;
      return Promise.resolve();
    },
    load: () => Promise.resolve(null),
  };
  return { storage, compacted };
}

function start(storage: TenantStorage) {
  const emulator = new Emulator({ seed: 'empty', clock: 'manual' });
  const saver = autosave(emulator, storage, { clock: 'manual' });
  running.push({ emulator, saver });
  let n = 0;
  /** One change, saved as the pipeline saves a request's change before answering it. */
  const change = async () => {
    const store = emulator.store;
    createUser(store, { userPrincipalName: `user${String(++n)}@contoso.com` }, adminActor(store));
    await saver.flush(store);
  };
  return { saver, change };
}

describe('taking the tenant for a compaction', () => {
  it('is not done by the write a change waits on; it follows once the tenant is quiet', async () => {
    const { storage, compacted } = memoryStorage();
    const { saver, change } = start(storage);
    await change();
    expect(compacted).toEqual([]);
    await saver.settled();
    expect(compacted).toEqual([1]);
  });

  it('waits until the answer of the change that made it wanted is out', async () => {
    const { storage, compacted } = memoryStorage();
    const { saver, change } = start(storage);
    await change();
    // The pipeline's answer goes out over a few more tasks (the response body is read and
    // transferred); the capture, one long synchronous step, must not come first.
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(compacted).toEqual([]);
    await saver.settled();
    expect(compacted).toEqual([1]);
  });

  it('is done by a write once a stream of changes left no quiet moment for it', async () => {
    const { storage, compacted } = memoryStorage();
    const { saver, change } = start(storage);
    // No task boundary between the changes: the quiet check never gets to run in between.
    for (let i = 0; i < OVERDUE_AFTER_WRITES; i++) await change();
    expect(compacted).toEqual([]);
    await change();
    expect(compacted).toEqual([OVERDUE_AFTER_WRITES + 1]);
    await saver.settled();
    expect(saver.status().compactions).toBe(1);
  });
});
