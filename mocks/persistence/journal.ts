/**
 * The contract between the committer (`autosave.ts`) and a place that keeps a tenant (the data
 * file and its journal on the server, IndexedDB in the browser), and the one rule both use to
 * replay a journal on load.
 */
import { DeltaMismatchError } from '../../src/engine';
import type { StoreSnapshot } from './codec';
import { applyStoreDeltas, type JournalRecord } from './delta';
import { DataFileError } from './errors';
import { checkRecord } from './schema';

/** A tenant as loaded: the snapshot with every journal record after it applied. */
export interface LoadedTenant {
  readonly snapshot: StoreSnapshot;
  /** The last record applied (the snapshot's own when the journal was empty). */
  readonly seq: number;
}

/**
 * A tenant saved as the seed that builds it: what a new tenant (a reset, the first start) is
 * written as when nothing has changed since its seed built it, instead of the whole tenant
 * (hundreds of megabytes on `large`). Seeds are deterministic, so building the seed again and
 * setting the clock and generation gives the tenant back; `fingerprint` tells a build of another
 * version of the seed apart. The storage folds it into a snapshot soon after (it wants compaction).
 */
export interface SeedRecipe {
  readonly seed: string;
  /** Emulator time when it was saved (the snapshot's `now`). */
  readonly now: number;
  readonly generation: number;
  /** `seedFingerprint` of the tenant as saved (`seed-recipe.ts`). */
  readonly fingerprint: string;
}

/** Whether a stored value is a recipe this version reads. */
export function isSeedRecipe(value: unknown): value is SeedRecipe {
  const r = value as Partial<SeedRecipe> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.seed === 'string' &&
    typeof r.now === 'number' &&
    Number.isFinite(r.now) &&
    typeof r.generation === 'number' &&
    Number.isInteger(r.generation) &&
    typeof r.fingerprint === 'string'
  );
}

/** Where a tenant is kept: a snapshot, and a journal of records after it. */
export interface TenantStorage {
  /** Appends one record durably (on disk when it resolves); when it throws, nothing of it is kept. */
  append(record: JournalRecord): Promise<void>;
  /** Makes `snapshot` the whole saved tenant as of record `seq`, journal emptied (first save, reset). */
  checkpoint(snapshot: StoreSnapshot, seq: number): Promise<void>;
  /**
   * `checkpoint` of a tenant that is its seed's build: the recipe stands for the snapshot until a
   * compaction replaces it (`wantsCompaction` is then true). Optional: a storage without it is
   * given the whole snapshot.
   */
  checkpointSeed?(recipe: SeedRecipe, seq: number): Promise<void>;
  /** Whether the journal has grown enough to be folded into the snapshot. */
  wantsCompaction(): boolean;
  /**
   * Folds the journal into a new snapshot in the background: `snapshot` is the tenant as of record
   * `seq`, the last one appended. Records appended from now on go to a fresh journal; the old one
   * is dropped once the new snapshot is durable. A crash at any point leaves a loadable tenant.
   */
  compact(snapshot: StoreSnapshot, seq: number): Promise<void>;
  /**
   * Stops the compaction being written, if one is (a reset is building the tenant that makes it
   * moot); its `compact` then resolves without switching, and the journal stays as it was, so the
   * tenant saved is the same. Optional: a storage without it lets the compaction finish.
   */
  cancelCompaction?(): void;
  /** The saved tenant (last durable state); null when nothing is saved. */
  load(): Promise<LoadedTenant | null>;
  /** Releases open files (shutdown). */
  close?(): Promise<void>;
}

/** One journal record as read back, before it is checked. */
export interface ReadRecord {
  /** Where it is, for messages: `FILE.journal.12 line 3`, `IndexedDB "db" record 12`. */
  readonly where: string;
  /** The parsed value; undefined when the record is cut short (incomplete line, bad checksum). */
  readonly value?: unknown;
  /** Why it could not be read, when `value` is undefined. */
  readonly problem?: string;
}

/** What replaying found besides the tenant. */
export interface Replayed extends LoadedTenant {
  /** Whether the last record was unreadable and dropped (a write cut short by a crash). */
  readonly droppedTail: boolean;
  readonly records: number;
}

/**
 * Applies the records after the snapshot's `seq`, in order. The last record may be unreadable:
 * its write was cut short, so it was never acknowledged, and it is dropped (`tailMayFailCheck`
 * also drops a last record that reads but fails the schema: IndexedDB has no framing to tell the
 * two apart). Anything else unreadable, or a gap in the numbering, stops the load.
 */
export function replay(
  base: { readonly snapshot: StoreSnapshot; readonly seq: number },
  read: readonly ReadRecord[],
  tailMayFailCheck = false,
): Replayed {
  const records: JournalRecord[] = [];
  /** Where the records applied are, for a message. */
  const places: string[] = [];
  let expected = base.seq + 1;
  let droppedTail = false;
  for (let i = 0; i < read.length; i++) {
    const item = read[i] as ReadRecord;
    const last = i === read.length - 1;
    const checked =
      item.value === undefined ? (item.problem ?? 'unreadable') : checkRecord(item.value);
    if (typeof checked === 'string') {
      if (last && (item.value === undefined || tailMayFailCheck)) {
        droppedTail = true;
        break;
      }
      throw new DataFileError(`${item.where}: ${checked}.`);
    }
    const { record } = checked;
    if (record.seq <= base.seq) continue;
    if (record.seq !== expected)
      throw new DataFileError(
        `${item.where}: record ${String(record.seq)} is out of order (expected ${String(expected)}); records are missing.`,
      );
    records.push(record);
    places.push(item.where);
    expected++;
  }
  let snapshot: StoreSnapshot;
  try {
    snapshot = applyStoreDeltas(base.snapshot, records);
  } catch (error) {
    if (!(error instanceof DeltaMismatchError)) throw error;
    const where = places.length > 1 ? `${places[0] ?? ''} to ${places.at(-1) ?? ''}` : places[0];
    throw new DataFileError(
      `${where ?? 'the journal'}: the records do not follow the saved tenant (${error.message}).`,
    );
  }
  return {
    snapshot,
    seq: expected - 1,
    droppedTail,
    records: records.length,
  };
}
