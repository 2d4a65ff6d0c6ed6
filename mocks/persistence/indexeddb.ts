/** The browser's persistence: one IndexedDB record holding the latest tenant snapshot. */
import { isStoreSnapshot, type StoreSnapshot } from './codec';
import type { SnapshotSink } from './autosave';

const DB_NAME = 'graph-emulator';
const STORE = 'tenant';
const KEY = 'current';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => { request.result.createObjectStore(STORE); };
    request.onsuccess = () => { resolve(request.result); };
    request.onerror = () => { reject(request.error ?? new Error('IndexedDB open failed')); };
  });
}

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return openDb().then((db) => new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = action(tx.objectStore(STORE));
    tx.oncomplete = () => { db.close(); resolve(request.result as T); };
    tx.onerror = () => { db.close(); reject(tx.error ?? new Error('IndexedDB transaction failed')); };
  }));
}

/** The saved snapshot, or null (first start, or an unreadable old format). */
export async function loadSnapshot(): Promise<StoreSnapshot | null> {
  const value = await run<unknown>('readonly', (store) => store.get(KEY));
  return isStoreSnapshot(value) ? value : null;
}

/** Deletes the saved snapshot. */
export async function clearSnapshot(): Promise<void> {
  await run('readwrite', (store) => store.delete(KEY));
}

/** A sink writing snapshots to IndexedDB (one transaction: the old record stays until it commits). */
export const indexedDbSink: SnapshotSink = {
  save: async (snapshot) => { await run('readwrite', (store) => store.put(snapshot, KEY)); },
};
