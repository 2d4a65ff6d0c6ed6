/**
 * The browser's tenant storage in IndexedDB: a snapshot (a head and parts under a manifest, in
 * the `tenant` object store) and a journal of records after it (the `journal` store, keyed by
 * record number; a long record as a head and parts, `indexeddb-layout.ts`). A commit is one
 * transaction of the journal store; a new tenant (first save, reset) is one transaction that
 * replaces everything.
 *
 * Compaction writes the new snapshot under fresh keys in a transaction of the `tenant` store alone
 * (parts put one from the success callback of the one before, so cloning a 100,000-user tenant is
 * spread over many short tasks, and journal appends are not held up), then one short transaction
 * switches the manifest to it, deletes the old keys and the records it holds. Transactions are
 * atomic, so a crash leaves either the old snapshot or the new one, each with the records after
 * it; keys of a compaction cut short are removed at the next open.
 */
import type { StoreSnapshot } from './codec';
import type { JournalRecord } from './delta';
import { DataFileError } from './errors';
import {
  replay,
  type LoadedTenant,
  type ReadRecord,
  type SeedRecipe,
  type TenantStorage,
} from './journal';
import { JOURNAL, putInTurn, TENANT, transact } from './idb';
import {
  describe,
  headKey,
  isManifest,
  MANIFEST,
  manifestFor,
  partKey,
  recipeManifest,
  type Manifest,
  partsAfter,
  partsUpTo,
  recordsAfter,
  recordValues,
  snapshotRecords,
  wholeRecord,
} from './indexeddb-layout';
import { checkPart, checkSnapshot } from './schema';
import { snapshotOfRecipe } from './seed-recipe';
import { joinSnapshot, type SnapshotPart } from './snapshot-parts';

/** The database the portal uses. */
export const DEFAULT_DATABASE = 'graph-emulator';

interface Found {
  readonly current: unknown;
  readonly head?: unknown;
  readonly parts?: unknown[];
  readonly records?: { key: number; value: unknown }[];
  /** Parts of split records, by record number and index. */
  readonly recordParts?: Map<number, Map<number, unknown>>;
  readonly keys?: IDBValidKey[];
}

/** Everything saved, read in one transaction. */
function readAll(database: string): Promise<Found> {
  return transact<Found>(database, 'readonly', (stores, done) => {
    const current = stores.tenant.get(MANIFEST);
    current.onsuccess = () => {
      const value: unknown = current.result;
      if (!isManifest(value)) {
        done({ current: value });
        return;
      }
      const prefix = value.prefix ?? '';
      const head = stores.tenant.get(headKey(prefix));
      const parts = Array.from({ length: value.parts }, (_, i) =>
        stores.tenant.get(partKey(prefix, i)),
      );
      const keys = stores.tenant.getAllKeys();
      const range = recordsAfter(value.seq ?? 0);
      const recordKeys = stores.journal.getAllKeys(range);
      const records = stores.journal.getAll(range);
      const partKeys = stores.journal.getAllKeys(partsAfter(value.seq ?? 0));
      const recordParts = stores.journal.getAll(partsAfter(value.seq ?? 0));
      recordParts.onsuccess = () => {
        const byRecord = new Map<number, Map<number, unknown>>();
        (recordParts.result as unknown[]).forEach((part, i) => {
          const [seq, index] = partKeys.result[i] as [number, number];
          const parts = byRecord.get(seq) ?? new Map<number, unknown>();
          parts.set(index, part);
          byRecord.set(seq, parts);
        });
        done({
          recordParts: byRecord,
          current: value,
          head: head.result,
          parts: parts.map((p) => p.result as unknown),
          keys: keys.result,
          records: (records.result as unknown[]).map((record, i) => ({
            key: Number(recordKeys.result[i]),
            value: record,
          })),
        });
      };
    };
  });
}

/**
 * The saved tenant with its journal applied; null when nothing is saved. A record this version
 * cannot read (another format, a missing part, a damaged record before the last) is a
 * `DataFileError` naming the database, so the caller can say so and start afresh.
 */
export async function loadTenant(database = DEFAULT_DATABASE): Promise<LoadedTenant | null> {
  return (await loadFound(database, await readAll(database))).loaded;
}

/** The snapshot under a manifest: its head and parts joined, or its seed built again. */
async function baseSnapshot(
  where: string,
  manifest: Manifest,
  found: Found,
): Promise<StoreSnapshot> {
  if (manifest.seed) return snapshotOfRecipe(manifest.seed, where);
  const head = checkSnapshot(found.head);
  if (typeof head === 'string' || (found.parts ?? []).some((p) => p === undefined))
    throw new DataFileError(
      `${where}: the saved tenant is incomplete or damaged (head or parts missing).`,
    );
  const parts: SnapshotPart[] = [];
  for (const [i, value] of (found.parts ?? []).entries()) {
    const part = checkPart(value);
    if (typeof part === 'string') throw new DataFileError(`${where}: part ${String(i)}: ${part}.`);
    parts.push(part.part);
  }
  return joinSnapshot(head.snapshot, parts);
}

async function loadFound(
  database: string,
  found: Found,
): Promise<{ loaded: LoadedTenant | null; stale: IDBValidKey[]; recipe: boolean }> {
  const where = `IndexedDB database "${database}"`;
  const { current } = found;
  if (current === undefined) return { loaded: null, stale: [], recipe: false };
  const whole = checkSnapshot(current);
  if (typeof whole !== 'string')
    return { loaded: { snapshot: whole.snapshot, seq: 0 }, stale: [], recipe: false };
  if (!isManifest(current))
    throw new DataFileError(
      `${where}: the saved tenant has an unknown format or version (${describe(current)}).`,
    );
  const snapshot = await baseSnapshot(where, current, found);
  const read: ReadRecord[] = (found.records ?? []).map((r) => ({
    where: `${where} journal record ${String(r.key)}`,
    ...wholeRecord(r.value, found.recordParts?.get(r.key)),
  }));
  const replayed = replay({ snapshot, seq: current.seq ?? 0 }, read, true);
  if (replayed.droppedTail)
    console.warn(
      `${where}: the last journal record was unreadable (a save cut short) and is left out.`,
    );
  const prefix = current.prefix ?? '';
  const live = new Set<IDBValidKey>([MANIFEST, headKey(prefix)]);
  for (let i = 0; i < current.parts; i++) live.add(partKey(prefix, i));
  const stale = (found.keys ?? []).filter((key) => !live.has(key));
  return {
    loaded: { snapshot: replayed.snapshot, seq: replayed.seq },
    stale,
    recipe: current.seed !== undefined,
  };
}

/** Writes a raw record where the manifest goes (tests: old formats, damaged records). */
export async function writeRawRecord(value: unknown, database = DEFAULT_DATABASE): Promise<void> {
  await transact<null>(database, 'readwrite', (stores, done) => {
    stores.tenant.clear();
    stores.journal.clear();
    stores.tenant.put(value, MANIFEST).onsuccess = () => {
      done(null);
    };
  });
}

/** Puts a raw journal record (tests: damaged and cut-short records). */
export async function writeRawJournalRecord(
  seq: number,
  value: unknown,
  database = DEFAULT_DATABASE,
): Promise<void> {
  await transact<null>(database, 'readwrite', (stores, done) => {
    stores.journal.put(value, seq).onsuccess = () => {
      done(null);
    };
  });
}

/** How the IndexedDB storage runs. */
export interface IndexedDbOptions {
  /** Compact once the journal holds this many changed items and `compactRatio` of the snapshot's. */
  readonly compactMinItems?: number;
  /** Default 0.5. */
  readonly compactRatio?: number;
}

/** How much a record adds to the journal: the items it carries. */
function weight(record: JournalRecord): number {
  return (
    1 +
    record.engine.users.length +
    record.engine.groups.length +
    record.audit.length +
    record.users.set.length +
    record.tokens.set.length
  );
}

const snapshotWeight = (snapshot: StoreSnapshot) =>
  snapshot.engine.users.length +
  snapshot.engine.groups.length +
  (Array.isArray(snapshot.audit) ? snapshot.audit.length : 0);

/**
 * Opens the database: loads the tenant (null when nothing is saved), removes keys a compaction
 * cut short left behind, and returns the storage. An unreadable database is a `DataFileError`.
 */
export async function openIndexedDbStorage(
  database = DEFAULT_DATABASE,
  options: IndexedDbOptions = {},
): Promise<{ storage: IndexedDbStorage; loaded: LoadedTenant | null }> {
  const { loaded, stale, recipe } = await loadFound(database, await readAll(database));
  if (stale.length > 0)
    await transact<null>(database, 'readwrite', (stores, done) => {
      for (const key of stale) stores.tenant.delete(key);
      done(null);
    });
  const storage = new IndexedDbStorage(
    database,
    options,
    loaded ? snapshotWeight(loaded.snapshot) : 0,
    recipe,
  );
  return { storage, loaded };
}

/** Snapshot parts a compaction puts in one transaction (each under ~64 KiB: a few ms to put). */
const PARTS_PER_TRANSACTION = 32;

/** The tenant in IndexedDB. Made by `openIndexedDbStorage`. */
export class IndexedDbStorage implements TenantStorage {
  readonly #database: string;
  readonly #options: IndexedDbOptions;
  #snapshotWeight: number;
  #journalWeight = 0;
  #epoch = 0;
  /** Whether the saved tenant is a seed recipe, which a compaction should replace soon. */
  #recipe: boolean;
  /** Stops the compaction writing its snapshot, if one is (a new tenant makes it moot). */
  #compaction: AbortController | null = null;
  /** The journal append in flight, if one is: a compaction writes its next parts after it. */
  #appending: Promise<unknown> | null = null;

  constructor(database: string, options: IndexedDbOptions, snapshotWeight: number, recipe = false) {
    this.#database = database;
    this.#options = options;
    this.#snapshotWeight = snapshotWeight;
    this.#recipe = recipe;
  }

  /**
   * One transaction of the journal store alone. A compaction writing parts meanwhile puts no more
   * until it is done (`compact`), so a request's commit waits for a few parts at most.
   */
  async append(record: JournalRecord): Promise<void> {
    const appending = this.#append(record);
    this.#appending = appending;
    try {
      await appending;
    } finally {
      if (this.#appending === appending) this.#appending = null;
    }
  }

  async #append(record: JournalRecord): Promise<void> {
    const values = recordValues(record);
    await transact<null>(
      this.#database,
      'readwrite',
      (stores, done) => {
        putInTurn(stores.journal, values, () => {
          done(null);
        });
      },
      [JOURNAL],
    );
    this.#journalWeight += weight(record);
  }

  async checkpoint(snapshot: StoreSnapshot, seq: number): Promise<void> {
    this.#epoch++;
    this.#compaction?.abort();
    const prefix = `${String(seq)}.${String(Date.now())}:`;
    const records = snapshotRecords(snapshot, prefix);
    const manifest = manifestFor(records.length - 1, seq, prefix);
    await transact<null>(this.#database, 'readwrite', (stores, done) => {
      stores.journal.clear();
      stores.tenant.clear().onsuccess = () => {
        putInTurn(stores.tenant, [...records, [MANIFEST, manifest]], () => {
          done(null);
        });
      };
    });
    this.#journalWeight = 0;
    this.#snapshotWeight = snapshotWeight(snapshot);
    this.#recipe = false;
  }

  /** One short transaction replacing everything with the recipe (a reset answers after it). */
  async checkpointSeed(recipe: SeedRecipe, seq: number): Promise<void> {
    this.#epoch++;
    this.#compaction?.abort();
    await transact<null>(this.#database, 'readwrite', (stores, done) => {
      stores.journal.clear();
      stores.tenant.clear().onsuccess = () => {
        stores.tenant.put(recipeManifest(recipe, seq), MANIFEST).onsuccess = () => {
          done(null);
        };
      };
    });
    this.#journalWeight = 0;
    this.#snapshotWeight = 0;
    this.#recipe = true;
  }

  wantsCompaction(): boolean {
    if (this.#recipe) return true;
    const { compactMinItems = 20_000, compactRatio = 0.5 } = this.#options;
    return (
      this.#journalWeight > compactMinItems &&
      this.#journalWeight > this.#snapshotWeight * compactRatio
    );
  }

  async compact(snapshot: StoreSnapshot, seq: number): Promise<void> {
    const epoch = this.#epoch;
    const folded = this.#journalWeight;
    const prefix = `${String(seq)}.${String(Date.now())}:`;
    const records = snapshotRecords(snapshot, prefix);
    // The parts' transaction holds the `tenant` store; a checkpoint (a reset) that comes meanwhile
    // would wait for all of them, so it aborts them instead: the compaction is moot then.
    const compaction = new AbortController();
    this.#compaction = compaction;
    try {
      // Some parts per transaction, each after any journal append in flight: a request's commit
      // waited behind the parts' one transaction (a Save's record of a few hundred bytes was
      // appended in 190-344 ms while the large tenant's 460 parts were written). The parts are no
      // one's until the manifest names them; a compaction cut short leaves keys the next open
      // removes.
      for (let from = 0; from < records.length; from += PARTS_PER_TRANSACTION) {
        while (this.#appending) await this.#appending.catch(() => undefined);
        if (compaction.signal.aborted) return;
        await transact<null>(
          this.#database,
          'readwrite',
          (stores, done) => {
            putInTurn(stores.tenant, records.slice(from, from + PARTS_PER_TRANSACTION), () => {
              done(null);
            });
          },
          [TENANT],
          compaction.signal,
        );
      }
    } catch (error) {
      if (compaction.signal.aborted) return;
      throw error;
    } finally {
      if (this.#compaction === compaction) this.#compaction = null;
    }
    const switched = await transact<boolean>(this.#database, 'readwrite', (stores, done) => {
      if (epoch !== this.#epoch) {
        for (const [key] of records) stores.tenant.delete(key);
        done(false);
        return;
      }
      const current = stores.tenant.get(MANIFEST);
      current.onsuccess = () => {
        const old = current.result as unknown;
        if (isManifest(old)) {
          const oldPrefix = old.prefix ?? '';
          stores.tenant.delete(headKey(oldPrefix));
          for (let i = 0; i < old.parts; i++) stores.tenant.delete(partKey(oldPrefix, i));
        }
        stores.journal.delete(IDBKeyRange.upperBound(seq));
        stores.journal.delete(partsUpTo(seq));
        stores.tenant.put(manifestFor(records.length - 1, seq, prefix), MANIFEST).onsuccess =
          () => {
            done(true);
          };
      };
    });
    if (!switched) return;
    this.#journalWeight = Math.max(0, this.#journalWeight - folded);
    this.#snapshotWeight = snapshotWeight(snapshot);
    this.#recipe = false;
  }

  cancelCompaction(): void {
    this.#compaction?.abort();
  }

  async load(): Promise<LoadedTenant | null> {
    return loadTenant(this.#database);
  }
}
