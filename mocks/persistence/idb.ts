/**
 * IndexedDB plumbing for the browser's tenant storage: the database with its two object stores
 * (`tenant`: the snapshot; `journal`: the records after it), one-transaction helpers, and puts
 * spread over many short tasks.
 */

/** The object stores. */
export const TENANT = 'tenant';
export const JOURNAL = 'journal';

function openDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(TENANT)) db.createObjectStore(TENANT);
      if (!db.objectStoreNames.contains(JOURNAL)) db.createObjectStore(JOURNAL);
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB open failed'));
    };
  });
}

export type StoreName = typeof TENANT | typeof JOURNAL;
export type Stores = Record<StoreName, IDBObjectStore>;

/**
 * Runs `body` in one transaction over `scope` (both stores by default) and resolves with what it
 * hands to `done` once the transaction commits. Read-write transactions whose scopes overlap run
 * one after the other, so a long one names only the store it writes.
 */
export async function transact<T>(
  name: string,
  mode: IDBTransactionMode,
  body: (stores: Stores, done: (value: T) => void) => void,
  scope: readonly StoreName[] = [TENANT, JOURNAL],
): Promise<T> {
  const db = await openDb(name);
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction([...scope], mode);
    let result: { value: T } | null = null;
    tx.oncomplete = () => {
      db.close();
      if (result) resolve(result.value);
      else reject(new Error('IndexedDB transaction ended without a result'));
    };
    // A failed request fires `error` before the transaction aborts, while `tx.error` is still
    // null: the request's own error says why (quota, a value too large, ...).
    const fail = (event: Event) => {
      db.close();
      const request = event.target instanceof IDBRequest ? event.target.error : null;
      reject(tx.error ?? request ?? new Error('IndexedDB transaction failed'));
    };
    tx.onerror = fail;
    tx.onabort = fail;
    try {
      // A store outside the scope throws IndexedDB's NotFoundError when it is used.
      const stores: Stores = {
        get tenant() {
          return tx.objectStore(TENANT);
        },
        get journal() {
          return tx.objectStore(JOURNAL);
        },
      };
      body(stores, (value) => {
        result = { value };
      });
    } catch (error) {
      tx.abort();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** Puts waiting in a transaction at once while a long list is written (see `putInTurn`). */
export const PUTS_AHEAD = 8;

/**
 * Puts records in order, at most `PUTS_AHEAD` waiting at a time (each success puts the next),
 * then calls `then`. IndexedDB clones a value synchronously when it is put, so a long list is
 * cloned over many short tasks; a few waiting keep the database busy while the next is cloned
 * (one at a time, it sat idle between a success and the next put).
 */
export function putInTurn(
  store: IDBObjectStore,
  records: readonly (readonly [IDBValidKey, unknown])[],
  then: () => void,
): void {
  let next = 0;
  let waiting = 0;
  const putMore = () => {
    while (waiting < PUTS_AHEAD && next < records.length) {
      const record = records[next++] as readonly [IDBValidKey, unknown];
      waiting++;
      store.put(record[1], record[0]).onsuccess = done;
    }
    if (waiting === 0) then();
  };
  const done = () => {
    waiting--;
    putMore();
  };
  putMore();
}
