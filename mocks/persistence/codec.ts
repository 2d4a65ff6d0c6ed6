/**
 * A tenant store as plain JSON and back: the engine's own snapshot plus everything the emulator
 * keeps beside it. Long strings of the audit log (thousands of records repeat the same licence
 * texts) are stored once in a string table.
 */
import type { TenantSnapshot } from '../../src/engine';
import type { DirectoryAudit } from '../graph/audit';
import type { RoleName } from '../graph/auth';
import { flowingClock, manualClock } from '../graph/clock';
import type {
  GroupExtras,
  Organization,
  RuleCompiler,
  SkuExtras,
  UserExtras,
} from '../graph/model';
import type { ChangeMark } from '../graph/delta/change-mark';
import type { TenantStore } from '../graph/store';
import { assembleStore } from '../graph/store-parts';

/** A persisted tenant. */
export interface StoreSnapshot {
  readonly format: 'graph-emulator-tenant';
  readonly version: 1;
  readonly organization: Organization;
  readonly now: number;
  /** Resets behind this tenant (absent in files written before it existed: 0). */
  readonly generation?: number;
  readonly ids: { readonly seed: string; readonly state: number };
  readonly auditIds: { readonly seed: string; readonly state: number };
  readonly engine: TenantSnapshot;
  readonly users: readonly (readonly [string, UserExtras])[];
  readonly groups: readonly (readonly [string, GroupExtras])[];
  readonly skus: readonly (readonly [string, SkuExtras])[];
  readonly admins: readonly (readonly [string, RoleName[]])[];
  readonly tokens: readonly (readonly [string, string])[];
  /** Marks of Graph's delta queries (absent in files written before them: none). */
  readonly changeMarks?: readonly (readonly [string, ChangeMark])[];
  readonly correlations: readonly string[];
  readonly strings: readonly string[];
  readonly audit: unknown;
}

const REF = '\u0000';

// Both walk every value of 100,000s of audit records (a compaction after processing the large
// seed's 60,000-member group packs 60,000): plain loops, not `Object.entries` and `fromEntries`,
// which made the same walk about twice as slow.

/** Sets `out[key]` as an own property, whatever the key (`__proto__` in stored data included). */
function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else out[key] = value;
}

function pack(value: unknown, table: Map<string, number>): unknown {
  if (typeof value === 'string') {
    if (value.length < 24 && !value.startsWith(REF)) return value;
    let index = table.get(value);
    if (index === undefined) {
      index = table.size;
      table.set(value, index);
    }
    return `${REF}${String(index)}`;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = pack(value[i], table);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    put(out, key, pack((value as Record<string, unknown>)[key], table));
  return out;
}

function unpack(value: unknown, strings: readonly string[]): unknown {
  if (typeof value === 'string')
    return value.startsWith(REF) ? (strings[Number(value.slice(1))] ?? '') : value;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = unpack(value[i], strings);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    put(out, key, unpack((value as Record<string, unknown>)[key], strings));
  return out;
}

/**
 * Packed audit records per store. Records never change once written, so each export packs only
 * the records added since the last one: saving after every change stays cheap as the log grows.
 */
const packed = new WeakMap<TenantStore, { table: Map<string, number>; records: unknown[] }>();

/** The store's packed audit records, the ones added since the last call packed now. */
function packedSoFar(store: TenantStore): { table: Map<string, number>; records: unknown[] } {
  let cache = packed.get(store);
  if (!cache) {
    cache = { table: new Map(), records: [] };
    packed.set(store, cache);
  }
  const all = store.audit.all();
  for (let i = cache.records.length; i < all.length; i++)
    cache.records.push(pack(all[i], cache.table));
  return cache;
}

function packAudit(store: TenantStore): { strings: string[]; records: unknown[] } {
  const cache = packedSoFar(store);
  return { strings: [...cache.table.keys()], records: cache.records.slice() };
}

/**
 * Packs the audit records written since the last export (or call) now. Autosave calls it at each
 * journal write, so a compaction's capture of the tenant (one synchronous step) does not pack
 * every record processing wrote since the last one: after the large seed's 60,000-member group,
 * 60,000 records made that step ~0.8 s instead of ~0.1 s.
 */
export function packNewAudit(store: TenantStore): void {
  packedSoFar(store);
}

/**
 * The snapshot's audit list with `records` packed onto its end, sharing (and growing) its string
 * table: how journal records fold into a snapshot.
 */
export function packRecords(
  snapshot: StoreSnapshot,
  records: readonly DirectoryAudit[],
): { strings: string[]; records: unknown[] } {
  const table = new Map(snapshot.strings.map((text, index) => [text, index]));
  const saved = Array.isArray(snapshot.audit) ? (snapshot.audit as unknown[]) : [];
  const packedNew = records.map((record) => pack(record, table));
  return { strings: [...table.keys()], records: [...saved, ...packedNew] };
}

/** Writes a store to a JSON-serialisable snapshot. */
export function exportStore(store: TenantStore): StoreSnapshot {
  const audit = packAudit(store);
  return {
    format: 'graph-emulator-tenant',
    version: 1,
    organization: store.organization,
    now: store.clock.now(),
    generation: store.generation,
    ids: { seed: store.ids.seed, state: store.ids.state },
    auditIds: { seed: store.auditIds.seed, state: store.auditIds.state },
    engine: store.tenant.exportState(),
    users: [...store.users],
    groups: [...store.groups],
    skus: [...store.skus],
    admins: [...store.admins],
    tokens: [...store.tokens],
    // Only once a delta query has marked something: a tenant nobody asked for changes of is saved
    // (and digested) exactly as before the delta queries existed.
    ...(store.changeMarks.size > 0 ? { changeMarks: [...store.changeMarks] } : {}),
    correlations: store.queuedCorrelations(),
    strings: audit.strings,
    audit: audit.records,
  };
}

/** Whether a parsed value looks like a snapshot this version can read. */
export function isStoreSnapshot(value: unknown): value is StoreSnapshot {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === 'graph-emulator-tenant' &&
    (value as { version?: unknown }).version === 1
  );
}

/** Rebuilds a store; `clock` picks manual (tests) or flowing time from the saved moment on. */
export function importStore(
  snapshot: StoreSnapshot,
  compileRule: RuleCompiler,
  clock: 'manual' | 'flowing' = 'flowing',
): TenantStore {
  const records = Array.isArray(snapshot.audit) ? (snapshot.audit as unknown[]) : [];
  const store = assembleStore(
    {
      ...snapshot,
      clock: clock === 'manual' ? manualClock(snapshot.now) : flowingClock(snapshot.now),
      generation:
        typeof snapshot.generation === 'number' && Number.isInteger(snapshot.generation)
          ? snapshot.generation
          : 0,
      changeMarks: snapshot.changeMarks ?? [],
      audit: unpack(records, snapshot.strings) as DirectoryAudit[],
    },
    compileRule,
  );
  // The saved records are packed already: the next export only packs what is added after this.
  packed.set(store, {
    table: new Map(snapshot.strings.map((text, index) => [text, index])),
    records: [...records],
  });
  return store;
}
