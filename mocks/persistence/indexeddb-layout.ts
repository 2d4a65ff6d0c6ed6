/**
 * Where the browser's tenant storage keeps what, in its two object stores: in `tenant`, the
 * manifest (`current`), the snapshot's head and parts under a key prefix; in `journal`, each
 * record under its number, and a record too long for one value as a head there and its parts
 * under `[number, index]`.
 */
import type { StoreSnapshot } from './codec';
import type { JournalRecord } from './delta';
import { isSeedRecipe, type SeedRecipe } from './journal';
import { joinRecord, splitRecord, splitSnapshot } from './snapshot-parts';

/** The manifest's key in the `tenant` store. */
export const MANIFEST = 'current';

/** What `current` holds: the parts after the head, their key prefix and the last record folded in. */
export interface Manifest {
  readonly format: 'graph-emulator-tenant-parts';
  readonly version: 1;
  readonly parts: number;
  /** Absent in databases written before the journal: 0. */
  readonly seq?: number;
  /** Absent in databases written before the journal: keys `head`, `part:N`. */
  readonly prefix?: string;
  /** Set when the tenant is saved as its seed (`parts` 0, no head): build it again to read it. */
  readonly seed?: SeedRecipe;
}

/** Whether a value is a manifest this version reads. */
export function isManifest(value: unknown): value is Manifest {
  const m = value as Partial<Manifest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.format === 'graph-emulator-tenant-parts' &&
    m.version === 1 &&
    Number.isInteger(m.parts) &&
    (m.parts ?? -1) >= 0 &&
    (m.seq === undefined || Number.isInteger(m.seq)) &&
    (m.prefix === undefined || typeof m.prefix === 'string') &&
    (m.seed === undefined || isSeedRecipe(m.seed))
  );
}

/** Keys of a snapshot's head and parts under a prefix. */
export const headKey = (prefix: string) => `${prefix}head`;
export const partKey = (prefix: string, index: number) => `${prefix}part:${String(index)}`;

/**
 * What the journal holds at a record's number when the record is too long for one value
 * (`splitRecord`): its head, and how many parts follow under the keys `[number, index]`. Array
 * keys sort after every number, so ranges of numbers never meet them.
 */
interface SplitRecord {
  readonly format: 'graph-emulator-record-parts';
  readonly version: 1;
  readonly parts: number;
  readonly head: JournalRecord;
}

/** Whether a journal value is the head of a split record (the record itself is checked once joined). */
function isSplitRecord(value: unknown): value is SplitRecord {
  const r = value as {
    format?: unknown;
    version?: unknown;
    parts?: unknown;
    head?: unknown;
  } | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.format === 'graph-emulator-record-parts' &&
    r.version === 1 &&
    Number.isInteger(r.parts) &&
    typeof r.head === 'object' &&
    r.head !== null
  );
}

/** Records after `seq` (numbers only, never the parts' array keys). */
export const recordsAfter = (seq: number) => IDBKeyRange.bound(seq, Infinity, true);
/** Parts of the records after `seq`. */
export const partsAfter = (seq: number) => IDBKeyRange.bound([seq + 1], [Infinity]);
/** Parts of the records up to `seq`. */
export const partsUpTo = (seq: number) => IDBKeyRange.bound([], [seq, Infinity]);

/** The record a journal value stands for: itself, or a split record joined with its parts. */
export function wholeRecord(
  value: unknown,
  parts: ReadonlyMap<number, unknown> | undefined,
): { value: unknown } | { problem: string } {
  if (!isSplitRecord(value)) return { value };
  const found: unknown[] = [];
  for (let i = 0; i < value.parts; i++) {
    if (!parts?.has(i)) return { problem: `part ${String(i)} of the record is missing` };
    found.push(parts.get(i));
  }
  try {
    return { value: joinRecord(value.head, found) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The head and parts of a snapshot under `prefix`, ready to put. */
export function snapshotRecords(snapshot: StoreSnapshot, prefix: string): [string, unknown][] {
  const { head, parts } = splitSnapshot(snapshot);
  return [
    [headKey(prefix), head],
    ...parts.map((part, i): [string, unknown] => [partKey(prefix, i), part]),
  ];
}

/** The manifest of a snapshot of `parts` parts under `prefix`, holding records up to `seq`. */
export const manifestFor = (parts: number, seq: number, prefix: string): Manifest => ({
  format: 'graph-emulator-tenant-parts',
  version: 1,
  parts,
  seq,
  prefix,
});

/** The manifest of a tenant saved as its seed (no head, no parts), as of record `seq`. */
export const recipeManifest = (recipe: SeedRecipe, seq: number): Manifest => ({
  format: 'graph-emulator-tenant-parts',
  version: 1,
  parts: 0,
  seq,
  prefix: `${String(seq)}.seed:`,
  seed: recipe,
});

/** A stored value's format and version, for a message. */
export function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  const { format, version } = value as { format?: unknown; version?: unknown };
  const show = (field: unknown) => (field === undefined ? 'none' : JSON.stringify(field));
  return `format ${show(format)}, version ${show(version)}`;
}

/** The values a journal record is put as: itself, or a head and its parts when it is long. */
export function recordValues(record: JournalRecord): [IDBValidKey, unknown][] {
  const split = splitRecord(record);
  if (!split) return [[record.seq, record]];
  const head: SplitRecord = {
    format: 'graph-emulator-record-parts',
    version: 1,
    parts: split.parts.length,
    head: split.head,
  };
  return [
    [record.seq, head],
    ...split.parts.map((part, i): [IDBValidKey, unknown] => [[record.seq, i], part]),
  ];
}
