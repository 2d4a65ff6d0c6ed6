/**
 * The tenant copy kept in IndexedDB, per tenant id and signed-in account: saved after a load or a
 * refresh, read at start, cleared on sign-out. Kept in parts (a head with everything but the users,
 * then the users 5,000 to a record) so no single structured clone holds the whole tenant. The
 * caller hands in the `IDBFactory` (the worker's `indexedDB`; `fake-indexeddb` in tests).
 */
import type { CopyUser, TenantCopy } from './copy-types';

const DB = 'tenant-copies';
const STORE = 'parts';
const VERSION = 1;
/** Users per record. */
const CHUNK = 5_000;

/** Whose copy: the tenant and the signed-in account (a copy is never shown to another account). */
export interface CopyOwner {
  readonly tenantId: string;
  readonly account: string;
}

type Head = Omit<TenantCopy, 'users'> & { readonly userChunks: number; readonly format: 1 };

const prefix = (owner: CopyOwner) => `${owner.tenantId}|${owner.account.toLowerCase()}|`;
const range = (owner: CopyOwner) => IDBKeyRange.bound(prefix(owner), `${prefix(owner)}\uffff`);

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });

const finished = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = () => {
      reject(tx.error ?? new Error('IndexedDB transaction failed'));
    };
    tx.onabort = () => {
      reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    };
  });

/** Opens (and on first use creates) the database. */
export function openCopyStore(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB, VERSION);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
  };
  return done(request);
}

/** Saves a copy in one transaction, replacing the owner's previous one whole. */
export async function saveTenantCopy(
  db: IDBDatabase,
  owner: CopyOwner,
  copy: TenantCopy,
): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  const parts = tx.objectStore(STORE);
  parts.delete(range(owner));
  const { users, ...rest } = copy;
  const chunks = Math.ceil(users.length / CHUNK);
  const head: Head = { ...rest, userChunks: chunks, format: 1 };
  parts.put(head, `${prefix(owner)}head`);
  for (let i = 0; i < chunks; i++)
    parts.put(
      users.slice(i * CHUNK, (i + 1) * CHUNK),
      `${prefix(owner)}users|${String(i).padStart(6, '0')}`,
    );
  await finished(tx);
}

/** The owner's saved copy, or null (none, or a part missing: a copy is whole or not at all). */
export async function readTenantCopy(
  db: IDBDatabase,
  owner: CopyOwner,
): Promise<TenantCopy | null> {
  const tx = db.transaction(STORE, 'readonly');
  const parts = tx.objectStore(STORE);
  const head = (await done(parts.get(`${prefix(owner)}head`))) as Head | undefined;
  if (head?.format !== 1) return null;
  const chunks = (await done(
    parts.getAll(IDBKeyRange.bound(`${prefix(owner)}users|`, `${prefix(owner)}users|\uffff`)),
  )) as CopyUser[][];
  if (chunks.length !== head.userChunks) return null;
  const copy: Record<string, unknown> = { ...head };
  delete copy.userChunks;
  delete copy.format;
  return { ...(copy as unknown as Omit<TenantCopy, 'users'>), users: chunks.flat() };
}

/** Removes the owner's copy (sign-out). */
export async function clearTenantCopy(db: IDBDatabase, owner: CopyOwner): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).delete(range(owner));
  await finished(tx);
}
