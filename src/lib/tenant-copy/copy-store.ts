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
  for (const [key, value] of copyRecords(owner, copy)) parts.put(value, key);
  await finished(tx);
}

/**
 * The records a copy is saved as, key and value: the head, then the users 5,000 to a record. The
 * figures (`npm run bench:tenant-copy`) size these same values.
 */
export function copyRecords(owner: CopyOwner, copy: TenantCopy): [string, unknown][] {
  const { users, ...rest } = copy;
  const chunks = Math.ceil(users.length / CHUNK);
  const head: Head = { ...rest, userChunks: chunks, format: 1 };
  const records: [string, unknown][] = [[`${prefix(owner)}head`, head]];
  for (let i = 0; i < chunks; i++)
    records.push([
      `${prefix(owner)}users|${String(i).padStart(6, '0')}`,
      users.slice(i * CHUNK, (i + 1) * CHUNK),
    ]);
  return records;
}

/** A stored copy that cannot be read (an older format, a part missing, not a copy's shape). */
export class StoredCopyUnreadable extends Error {
  override readonly name = 'StoredCopyUnreadable';
}

const isHead = (value: unknown): value is Head => {
  const head = value as Partial<Head> | null;
  return (
    typeof head === 'object' &&
    head !== null &&
    head.format === 1 &&
    typeof head.takenAt === 'number' &&
    typeof head.userChunks === 'number' &&
    Array.isArray(head.groups) &&
    Array.isArray(head.skus) &&
    Array.isArray(head.processingGroups) &&
    typeof head.partsTakenAt === 'object'
  );
};

/**
 * The owner's saved copy; null when there is none. Throws `StoredCopyUnreadable` when there is one
 * that cannot be read (a copy is whole or not at all): the caller drops it and loads anew.
 */
export async function readTenantCopy(
  db: IDBDatabase,
  owner: CopyOwner,
): Promise<TenantCopy | null> {
  const tx = db.transaction(STORE, 'readonly');
  const parts = tx.objectStore(STORE);
  const head: unknown = await done(parts.get(`${prefix(owner)}head`));
  if (head === undefined) return null;
  if (!isHead(head)) throw new StoredCopyUnreadable('it was saved in another format or is damaged');
  const chunks: unknown[] = await done(
    parts.getAll(IDBKeyRange.bound(`${prefix(owner)}users|`, `${prefix(owner)}users|\uffff`)),
  );
  if (chunks.length !== head.userChunks || !chunks.every(Array.isArray))
    throw new StoredCopyUnreadable('parts of it are missing');
  const copy: Record<string, unknown> = { ...head };
  delete copy.userChunks;
  delete copy.format;
  return {
    ...(copy as unknown as Omit<TenantCopy, 'users'>),
    users: (chunks as CopyUser[][]).flat(),
  };
}

/** Removes the owner's copy; without an owner, every copy (sign-out). */
export async function clearTenantCopy(db: IDBDatabase, owner: CopyOwner | null): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  if (owner) tx.objectStore(STORE).delete(range(owner));
  else tx.objectStore(STORE).clear();
  await finished(tx);
}

/**
 * Removes every copy but the owner's: the copies of another account or tenant that used this
 * browser before (a copy is never shown to another account, and not kept for it either).
 */
export async function keepOnlyTenantCopy(db: IDBDatabase, owner: CopyOwner): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  const parts = tx.objectStore(STORE);
  const keys = await done(parts.getAllKeys());
  for (const key of keys)
    if (typeof key !== 'string' || !key.startsWith(prefix(owner))) parts.delete(key);
  await finished(tx);
}

/** The copy store as the copy service uses it, the database opened on first use. */
export interface CopyStorage {
  read(owner: CopyOwner): Promise<TenantCopy | null>;
  save(owner: CopyOwner, copy: TenantCopy): Promise<void>;
  /** Every copy but the owner's removed. */
  keepOnly(owner: CopyOwner): Promise<void>;
  /** The owner's copy removed; without an owner, every copy. */
  clear(owner: CopyOwner | null): Promise<void>;
}

/** The copy store over an `IDBFactory` (the worker's `indexedDB`; fake-indexeddb in tests). */
export function createCopyStorage(factory: IDBFactory): CopyStorage {
  let db: Promise<IDBDatabase> | null = null;
  const open = () => (db ??= openCopyStore(factory));
  return {
    read: async (owner) => readTenantCopy(await open(), owner),
    save: async (owner, copy) => saveTenantCopy(await open(), owner, copy),
    keepOnly: async (owner) => keepOnlyTenantCopy(await open(), owner),
    clear: async (owner) => clearTenantCopy(await open(), owner),
  };
}
