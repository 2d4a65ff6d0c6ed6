/**
 * The browser's persistence: the latest tenant snapshot in IndexedDB, as a head and parts under
 * a manifest. A save is one transaction (the old tenant stays until it commits, whole), and each
 * part is put from the success callback of the one before, so the cloning of a 100,000-user
 * tenant is spread over many short tasks instead of freezing the page.
 */
import { isStoreSnapshot, type StoreSnapshot } from './codec';
import type { SnapshotSink } from './autosave';
import { joinSnapshot, splitSnapshot, type SnapshotPart } from './snapshot-parts';

/** The database the portal uses. */
export const DEFAULT_DATABASE = 'graph-emulator';
const STORE = 'tenant';
const MANIFEST = 'current';
const HEAD = 'head';
const partKey = (index: number) => `part:${String(index)}`;

/** What `current` holds: how many parts follow the head. */
interface Manifest {
  readonly format: 'graph-emulator-tenant-parts';
  readonly version: 1;
  readonly parts: number;
}

function isManifest(value: unknown): value is Manifest {
  const m = value as Partial<Manifest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.format === 'graph-emulator-tenant-parts' &&
    m.version === 1 &&
    Number.isInteger(m.parts) &&
    (m.parts ?? -1) >= 0
  );
}

function isPart(value: unknown): value is SnapshotPart {
  const p = value as Partial<SnapshotPart> | null;
  return (
    typeof p === 'object' && p !== null && typeof p.field === 'string' && Array.isArray(p.items)
  );
}

function openDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB open failed'));
    };
  });
}

/** Runs `body` in one transaction and resolves with what it hands to `done` once the transaction commits. */
async function transact<T>(
  name: string,
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore, done: (value: T) => void) => void,
): Promise<T> {
  const db = await openDb(name);
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    let result: { value: T } | null = null;
    tx.oncomplete = () => {
      db.close();
      if (result) resolve(result.value);
      else reject(new Error('IndexedDB transaction ended without a result'));
    };
    const fail = () => {
      db.close();
      reject(tx.error ?? new Error('IndexedDB transaction failed'));
    };
    tx.onerror = fail;
    tx.onabort = fail;
    try {
      body(tx.objectStore(STORE), (value) => {
        result = { value };
      });
    } catch (error) {
      tx.abort();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * The saved snapshot; null when nothing was saved. A record this version cannot read (another
 * format or version, a missing part) is an error, so the caller can say so and start afresh.
 */
export async function loadSnapshot(database = DEFAULT_DATABASE): Promise<StoreSnapshot | null> {
  const found = await transact<{ current: unknown; head?: unknown; parts?: unknown[] }>(
    database,
    'readonly',
    (store, done) => {
      const current = store.get(MANIFEST);
      current.onsuccess = () => {
        const value: unknown = current.result;
        if (!isManifest(value)) {
          done({ current: value });
          return;
        }
        const head = store.get(HEAD);
        const parts = Array.from({ length: value.parts }, (_, i) => store.get(partKey(i)));
        const last = parts.at(-1) ?? head;
        last.onsuccess = () => {
          done({ current: value, head: head.result, parts: parts.map((p) => p.result as unknown) });
        };
      };
    },
  );
  const { current } = found;
  if (current === undefined) return null;
  if (isStoreSnapshot(current)) return current;
  if (!isManifest(current))
    throw new Error(`The saved tenant has an unknown format or version (${describe(current)}).`);
  const parts = found.parts ?? [];
  if (!isStoreSnapshot(found.head) || !parts.every(isPart))
    throw new Error('The saved tenant is incomplete or damaged (head or parts missing).');
  return joinSnapshot(found.head, parts);
}

function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  const { format, version } = value as { format?: unknown; version?: unknown };
  const show = (field: unknown) => (field === undefined ? 'none' : JSON.stringify(field));
  return `format ${show(format)}, version ${show(version)}`;
}

/** Deletes the saved snapshot. */
export async function clearSnapshot(database = DEFAULT_DATABASE): Promise<void> {
  await transact<null>(database, 'readwrite', (store, done) => {
    store.clear().onsuccess = () => {
      done(null);
    };
  });
}

/** Writes a raw record where the manifest goes (tests: old formats, damaged records). */
export async function writeRawRecord(value: unknown, database = DEFAULT_DATABASE): Promise<void> {
  await transact<null>(database, 'readwrite', (store, done) => {
    store.clear();
    store.put(value, MANIFEST).onsuccess = () => {
      done(null);
    };
  });
}

/** A sink writing snapshots to IndexedDB: clear, head, parts one by one, manifest last, one transaction. */
export function indexedDbSink(database = DEFAULT_DATABASE): SnapshotSink {
  return {
    save: async (snapshot) => {
      const { head, parts } = splitSnapshot(snapshot);
      const records: (readonly [string, unknown])[] = [
        [HEAD, head],
        ...parts.map((part, i) => [partKey(i), part] as const),
      ];
      const manifest: Manifest = {
        format: 'graph-emulator-tenant-parts',
        version: 1,
        parts: parts.length,
      };
      records.push([MANIFEST, manifest]);
      await transact<null>(database, 'readwrite', (store, done) => {
        let next = 0;
        const putNext = () => {
          const record = records[next++];
          if (!record) {
            done(null);
            return;
          }
          store.put(record[1], record[0]).onsuccess = putNext;
        };
        store.clear().onsuccess = putNext;
      });
    },
  };
}
