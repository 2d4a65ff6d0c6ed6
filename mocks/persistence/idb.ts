/**
 * IndexedDB plumbing for the browser's tenant storage: the database with its two object stores
 * (`tenant`: the snapshot; `journal`: the records after it), one-transaction helpers, and puts
 * spread over many short tasks.
 */

/** The object stores. */
export const TENANT = 'tenant';
export const JOURNAL = 'journal';

/**
 * Open connections by database name. A connection is kept for the next transaction instead of
 * being opened and closed around each one (an open costs more than a small commit); it is dropped
 * when the browser closes it or another connection asks to upgrade the database.
 */
const connections = new Map<string, Promise<IDBDatabase>>();

function openDb(name: string): Promise<IDBDatabase> {
  const open = connections.get(name);
  if (open) return open;
  const opening = new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(TENANT)) db.createObjectStore(TENANT);
      if (!db.objectStoreNames.contains(JOURNAL)) db.createObjectStore(JOURNAL);
    };
    request.onsuccess = () => {
      const db = request.result;
      const forget = () => {
        if (connections.get(name) === opening) connections.delete(name);
      };
      db.onversionchange = () => {
        forget();
        db.close();
      };
      db.onclose = forget;
      resolve(db);
    };
    request.onerror = () => {
      connections.delete(name);
      reject(request.error ?? new Error('IndexedDB open failed'));
    };
  });
  connections.set(name, opening);
  return opening;
}

/** A transaction on the kept connection, opening a new one if the kept one was closed meanwhile. */
async function transaction(
  name: string,
  scope: readonly StoreName[],
  mode: IDBTransactionMode,
): Promise<IDBTransaction> {
  const db = await openDb(name);
  try {
    return db.transaction([...scope], mode);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
    connections.delete(name);
    return (await openDb(name)).transaction([...scope], mode);
  }
}

export type StoreName = typeof TENANT | typeof JOURNAL;
export type Stores = Record<StoreName, IDBObjectStore>;

/**
 * Runs `body` in one transaction over `scope` (both stores by default) and resolves with what it
 * hands to `done` once the transaction commits. Read-write transactions whose scopes overlap run
 * one after the other, so a long one names only the store it writes. Aborting `signal` aborts the
 * transaction (nothing of it is kept) and rejects.
 */
export async function transact<T>(
  name: string,
  mode: IDBTransactionMode,
  body: (stores: Stores, done: (value: T) => void) => void,
  scope: readonly StoreName[] = [TENANT, JOURNAL],
  signal?: AbortSignal,
): Promise<T> {
  signal?.throwIfAborted();
  const tx = await transaction(name, scope, mode);
  const abort = () => {
    try {
      tx.abort();
    } catch {
      // Already committed or aborted: nothing left to stop.
    }
  };
  if (signal?.aborted) abort();
  else signal?.addEventListener('abort', abort, { once: true });
  return new Promise<T>((resolve, reject) => {
    let result: { value: T } | null = null;
    tx.oncomplete = () => {
      if (result) resolve(result.value);
      else reject(new Error('IndexedDB transaction ended without a result'));
    };
    // A failed request fires `error` before the transaction aborts, while `tx.error` is still
    // null: the request's own error says why (quota, a value too large, ...).
    const fail = (event: Event) => {
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
      abort();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** Puts waiting in a transaction at once while a long list is written (see `putInTurn`). */
export const PUTS_AHEAD = 8;

/**
 * Longest run of puts (each clones its value) in one task while others are waiting, in ms: a
 * request the emulator's worker receives meanwhile waits for at most about this long. Eight parts
 * of a 100,000-user snapshot cloned in one task held the worker for tens of ms.
 */
export const PUT_RUN_MS = 4;

/**
 * Puts records in order, at most `PUTS_AHEAD` waiting at a time (each success puts the next),
 * then calls `then`. IndexedDB clones a value synchronously when it is put, so a long list is
 * cloned over many short tasks; a few waiting keep the database busy while the next is cloned
 * (one at a time, it sat idle between a success and the next put). One task stops putting after
 * `PUT_RUN_MS` if a put is still waiting (its success puts more).
 */
export function putInTurn(
  store: IDBObjectStore,
  records: readonly (readonly [IDBValidKey, unknown])[],
  then: () => void,
): void {
  let next = 0;
  let waiting = 0;
  const putMore = () => {
    const start = performance.now();
    while (waiting < PUTS_AHEAD && next < records.length) {
      if (waiting > 0 && performance.now() - start >= PUT_RUN_MS) break;
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
