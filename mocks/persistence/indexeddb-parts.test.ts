/**
 * Long journal records in IndexedDB. Chromium refuses a value whose serialized size is over
 * ~127 MiB ("The serialized keys and/or value are too large", 133,169,152 bytes), and a plan
 * toggle on the large seed's 60,000-member group is one 264 MB record: the save failed, and the
 * emulator dropped back to its last saved tenant again and again. A long record is now put as a
 * head and parts, in one transaction. fake-indexeddb has no size limit, so the sizes are measured
 * here with V8's serializer (the structured clone IndexedDB stores).
 */
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileRule } from '../../src/engine/rules';
import { assignGroupLicenses } from '../graph/directory-groups';
import type { TenantStore } from '../graph/store';
import { buildNow } from '../seeds/build';
import { adminActor } from '../seeds/kit';
import { largeSeed } from '../seeds/large';
import { exportStore, importStore } from './codec';
import { StoreTracker, type JournalRecord } from './delta';
import { loadTenant, openIndexedDbStorage } from './indexeddb';
import { tenantDigest } from './random-changes';

/** Each value put stays far below Chromium's limit (and takes a few ms to clone). */
const VALUE_BUDGET = 8 * 1024 * 1024;
const YAMMER = '7547a3fe-08ee-4ccb-b430-5077c5041653';

let databases = 0;
const freshDatabase = () => `parts-test-${String(++databases)}`;

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * The large seed at a tenth (10,000 users), saved, and the record of Yammer turned on in its
 * 6,000-member E3 base services group, processed.
 */
async function toggledTenant(
  database: string,
): Promise<{ store: TenantStore; record: JournalRecord }> {
  const { store, tracker } = await toggled(database);
  while (!store.tenant.idle) store.recordEvents(store.tenant.step(250));
  return { store, record: { seq: 1, ...tracker.delta() } };
}

/** The large seed at a tenth, saved, and Yammer turned on in E3 base services: not processed. */
async function toggled(database: string): Promise<{ store: TenantStore; tracker: StoreTracker }> {
  const store = buildNow(largeSeed(0.1));
  const { storage } = await openIndexedDbStorage(database);
  await storage.checkpoint(exportStore(store), 0);
  const tracker = new StoreTracker(store);
  const [groupId] = [...store.groups].find(([, g]) => g.displayName === 'E3 base services') ?? [];
  const license = store.tenant.group(groupId ?? '')?.assignedLicenses[0];
  if (!groupId || !license) throw new Error('the seed has no E3 base services licence');
  const disabledPlans = license.disabledPlans.filter((p) => p !== YAMMER);
  assignGroupLicenses(
    store,
    groupId,
    [{ skuId: license.skuId, disabledPlans }],
    [],
    adminActor(store),
  );
  return { store, tracker };
}

/** Opens the database itself, runs `body` in a transaction of the journal store, then closes it. */
function withJournal<T>(
  database: string,
  mode: IDBTransactionMode,
  body: (journal: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onerror = () => {
      reject(new Error('open failed'));
    };
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('journal', mode);
      const result = body(tx.objectStore('journal'));
      tx.oncomplete = () => {
        db.close();
        resolve(result.result);
      };
      tx.onerror = () => {
        reject(new Error('transaction failed'));
      };
    };
  });
}

const journalKeys = (database: string) =>
  withJournal(database, 'readonly', (journal) => journal.getAllKeys());

/** Serialized sizes and keys of every value put from now on (read them after the puts). */
function watchPuts(): { sizes: () => number[]; keys: () => unknown[] } {
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put');
  return {
    sizes: () => spy.mock.calls.map(([value]) => serialize(value).length),
    keys: () => spy.mock.calls.map(([, key]) => key),
  };
}

describe('a journal record too long for one IndexedDB value', () => {
  it('is put as parts no bigger than the budget, and loads back to the live tenant', async () => {
    const database = freshDatabase();
    const { store, record } = await toggledTenant(database);
    expect(record.engine.users.length).toBe(6_000);
    expect(serialize(record).length).toBeGreaterThan(2 * VALUE_BUDGET);
    const { storage } = await openIndexedDbStorage(database);
    const puts = watchPuts();
    await storage.append(record);
    expect(puts.sizes().length).toBeGreaterThan(1);
    expect(Math.max(...puts.sizes())).toBeLessThanOrEqual(VALUE_BUDGET);
    const loaded = await loadTenant(database);
    if (!loaded) throw new Error('nothing saved');
    expect(loaded.seq).toBe(1);
    expect(tenantDigest(importStore(loaded.snapshot, compileRule, 'manual'))).toBe(
      tenantDigest(store),
    );
    // Compaction folds the record into the snapshot and deletes it with its parts.
    await storage.compact(exportStore(store), 1);
    expect(await journalKeys(database)).toEqual([]);
    const compacted = await loadTenant(database);
    expect(compacted?.seq).toBe(1);
  }, 60_000);

  it('a part gone missing makes the record unreadable: left out when it is the last', async () => {
    const database = freshDatabase();
    const { record } = await toggledTenant(database);
    const { storage } = await openIndexedDbStorage(database);
    const puts = watchPuts();
    await storage.append(record);
    const lastPart = puts.keys().at(-1);
    vi.restoreAllMocks();
    if (!Array.isArray(lastPart)) throw new Error('the record was not put in parts');
    await withJournal(database, 'readwrite', (journal) => journal.delete(lastPart));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loaded = await loadTenant(database);
    expect(loaded?.seq).toBe(0);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/last journal record was unreadable/);
  }, 60_000);
});

describe('the record of a group licence change', () => {
  it('names the group instead of its 6,000 members, and each step saves a count', async () => {
    const database = freshDatabase();
    const { store, tracker } = await toggled(database);
    const save = tracker.delta();
    expect(save.engine.users).toEqual([]);
    // The Save of the change: the group, its queued job and the audit record (was 6,000 ids).
    expect(JSON.stringify(save).length).toBeLessThan(10_000);
    store.recordEvents(store.tenant.step(250));
    const step = tracker.delta();
    expect(step.engine.users).toHaveLength(250);
    expect(step.engine.jobs).toEqual([expect.objectContaining({ done: 250, userIds: [] })]);
    expect(JSON.stringify(step.engine.jobs).length).toBeLessThan(500);
  }, 60_000);
});
