/**
 * What changed in a tenant store between two group commits (a journal record's body), and how
 * records fold into a snapshot. A record holds after-images: users (a new one whole, a changed one
 * its changed fields), groups, subscriptions and map entries that changed, the audit records
 * added, and the store's counters (clock, id sources, generation). Replaying records is data, never code: the tenant after replay is the
 * one that was acknowledged, whatever the handlers or processing would do today.
 */
import {
  applyTenantDeltas,
  isEmptyTenantDelta,
  type ChangeTracker,
  type TenantDelta,
} from '../../src/engine';
import type { DirectoryAudit } from '../graph/audit';
import { syncChangeLog } from '../graph/delta/change-log';
import type { ChangeMark } from '../graph/delta/change-mark';
import type { TenantStore } from '../graph/store';
import { packRecords, type StoreSnapshot } from './codec';

/** Keys set (added or replaced, whole) and keys removed in a map. */
export interface MapDelta<V> {
  readonly set: readonly (readonly [string, V])[];
  readonly removed: readonly string[];
}

/** The state of an id source. */
export interface IdState {
  readonly seed: string;
  readonly state: number;
}

/** One group commit's changes to a store. */
export interface StoreDelta {
  /** Emulator time when the changes were taken (a restart resumes the clock from it). */
  readonly now: number;
  readonly generation: number;
  readonly ids: IdState;
  readonly auditIds: IdState;
  readonly engine: TenantDelta;
  readonly users: MapDelta<StoreSnapshot['users'][number][1]>;
  readonly groups: MapDelta<StoreSnapshot['groups'][number][1]>;
  readonly skus: MapDelta<StoreSnapshot['skus'][number][1]>;
  readonly admins: MapDelta<StoreSnapshot['admins'][number][1]>;
  readonly tokens: MapDelta<string>;
  /** Marks of Graph's delta queries (absent in records written before them). */
  readonly changeMarks?: MapDelta<ChangeMark>;
  /** Correlation ids of queued jobs, whole, when they changed; null otherwise. */
  readonly correlations: readonly string[] | null;
  /** Audit records written since the last commit, oldest first. */
  readonly audit: readonly DirectoryAudit[];
}

/** A journal record: one group commit, numbered from the snapshot it follows. */
export interface JournalRecord extends StoreDelta {
  readonly seq: number;
}

/**
 * How a map's values are compared: `identity` for maps whose values are replaced, never changed
 * in place (users' extras, tokens, role lists), `content` for the small maps whose values the
 * handlers change in place (a group's or subscription's Graph fields).
 */
type Compare = 'identity' | 'content';

/**
 * Keys set or deleted on `map` from now on. The store's large maps (users' extras, tokens) are
 * plain `Map`s that handlers write with `set` and `delete`; this instance (not the class) is
 * wrapped to note the keys, so a commit looks at those keys only instead of every entry.
 */
function noteKeys(map: Map<string, unknown>): Set<string> {
  const keys = new Set<string>();
  const set = map.set.bind(map);
  const remove = map.delete.bind(map);
  const clear = map.clear.bind(map);
  Object.assign(map, {
    set(key: string, value: unknown) {
      keys.add(key);
      return set(key, value);
    },
    delete(key: string) {
      keys.add(key);
      return remove(key);
    },
    clear() {
      for (const key of map.keys()) keys.add(key);
      clear();
    },
  });
  return keys;
}

class MapTracker<V> {
  readonly #map: Map<string, V>;
  readonly #compare: Compare;
  readonly #seen = new Map<string, unknown>();
  /** Keys written since the last delta (`identity` maps), or null: compare every entry. */
  readonly #written: Set<string> | null;

  constructor(map: Map<string, V>, compare: Compare) {
    this.#map = map;
    this.#compare = compare;
    this.#written = compare === 'identity' ? noteKeys(map) : null;
    for (const [key, value] of map) this.#seen.set(key, this.#mark(value));
    this.#written?.clear();
  }

  #mark(value: V): unknown {
    return this.#compare === 'identity' ? value : JSON.stringify(value);
  }

  delta(): MapDelta<V> {
    const map = this.#map;
    const seen = this.#seen;
    const set: [string, V][] = [];
    const removed: string[] = [];
    const keys = this.#written ? [...this.#written] : [...map.keys(), ...seen.keys()];
    this.#written?.clear();
    const done = new Set<string>();
    for (const key of keys) {
      if (done.has(key)) continue;
      done.add(key);
      if (!map.has(key)) {
        if (seen.delete(key)) removed.push(key);
        continue;
      }
      const value = map.get(key) as V;
      const mark = this.#mark(value);
      if (seen.get(key) === mark) continue;
      set.push([key, this.#compare === 'identity' ? value : (JSON.parse(mark as string) as V)]);
      seen.set(key, mark);
    }
    // New keys come in the order they were first written: the map's own order.
    return { set, removed };
  }
}

const isEmptyMap = (delta: MapDelta<unknown>) =>
  delta.set.length === 0 && delta.removed.length === 0;

/** Whether a delta changes nothing that is persisted (counters aside). */
export function isEmptyDelta(delta: StoreDelta): boolean {
  return (
    isEmptyTenantDelta(delta.engine) &&
    isEmptyMap(delta.users) &&
    isEmptyMap(delta.groups) &&
    isEmptyMap(delta.skus) &&
    isEmptyMap(delta.admins) &&
    isEmptyMap(delta.tokens) &&
    (delta.changeMarks === undefined || isEmptyMap(delta.changeMarks)) &&
    delta.correlations === null &&
    delta.audit.length === 0
  );
}

/** Tracks one store's changes from the moment it is made. */
export class StoreTracker {
  readonly store: TenantStore;
  readonly #engine: ChangeTracker;
  readonly #users: MapTracker<StoreSnapshot['users'][number][1]>;
  readonly #groups: MapTracker<StoreSnapshot['groups'][number][1]>;
  readonly #skus: MapTracker<StoreSnapshot['skus'][number][1]>;
  readonly #admins: MapTracker<StoreSnapshot['admins'][number][1]>;
  readonly #tokens: MapTracker<string>;
  readonly #changeMarks: MapTracker<ChangeMark>;
  #correlations: string;
  #audit: number;

  constructor(store: TenantStore) {
    this.store = store;
    this.#engine = store.tenant.trackChanges();
    this.#users = new MapTracker(store.users, 'identity');
    this.#groups = new MapTracker(store.groups, 'content');
    this.#skus = new MapTracker(store.skus, 'content');
    this.#admins = new MapTracker(store.admins, 'content');
    this.#tokens = new MapTracker(store.tokens, 'identity');
    this.#changeMarks = new MapTracker(store.changeMarks, 'identity');
    this.#correlations = JSON.stringify(store.queuedCorrelations());
    this.#audit = store.audit.size;
  }

  /** What changed since the last call (synchronous: one moment of the store). */
  delta(): StoreDelta {
    const store = this.store;
    // The delta queries' marks cover every change this commit saves (a token survives a restart).
    syncChangeLog(store);
    const correlations = store.queuedCorrelations();
    const correlationsText = JSON.stringify(correlations);
    const correlationsChanged = correlationsText !== this.#correlations;
    this.#correlations = correlationsText;
    const audit = store.audit.all().slice(this.#audit);
    this.#audit = store.audit.size;
    return {
      now: store.clock.now(),
      generation: store.generation,
      ids: { seed: store.ids.seed, state: store.ids.state },
      auditIds: { seed: store.auditIds.seed, state: store.auditIds.state },
      engine: this.#engine.delta(),
      users: this.#users.delta(),
      groups: this.#groups.delta(),
      skus: this.#skus.delta(),
      admins: this.#admins.delta(),
      tokens: this.#tokens.delta(),
      changeMarks: this.#changeMarks.delta(),
      correlations: correlationsChanged ? correlations : null,
      audit,
    };
  }
}

function applyMap<V>(
  entries: readonly (readonly [string, V])[],
  deltas: readonly MapDelta<V>[],
): [string, V][] {
  const map = new Map(entries);
  for (const delta of deltas) {
    for (const key of delta.removed) map.delete(key);
    for (const [key, value] of delta.set) map.set(key, value);
  }
  return [...map];
}

type MapField = 'users' | 'groups' | 'skus' | 'admins' | 'tokens';

/** One of the snapshot's maps with the deltas' changes to it applied. */
function applyField<F extends MapField>(
  snapshot: StoreSnapshot,
  deltas: readonly StoreDelta[],
  field: F,
): StoreSnapshot[F] {
  const entries = snapshot[field] as readonly (readonly [string, unknown])[];
  return applyMap(
    entries,
    deltas.map((d) => d[field] as MapDelta<unknown>),
  ) as unknown as StoreSnapshot[F];
}

/** Applies records, oldest first, to the snapshot they follow. */
export function applyStoreDeltas(
  snapshot: StoreSnapshot,
  deltas: readonly StoreDelta[],
): StoreSnapshot {
  const last = deltas.at(-1);
  if (!last) return snapshot;
  let correlations = snapshot.correlations;
  for (const delta of deltas) if (delta.correlations) correlations = delta.correlations;
  const audit = packRecords(
    snapshot,
    deltas.flatMap((d) => d.audit),
  );
  return {
    ...snapshot,
    now: last.now,
    generation: last.generation,
    ids: last.ids,
    auditIds: last.auditIds,
    engine: applyTenantDeltas(
      snapshot.engine,
      deltas.map((d) => d.engine),
    ),
    users: applyField(snapshot, deltas, 'users'),
    groups: applyField(snapshot, deltas, 'groups'),
    skus: applyField(snapshot, deltas, 'skus'),
    admins: applyField(snapshot, deltas, 'admins'),
    tokens: applyField(snapshot, deltas, 'tokens'),
    changeMarks: applyMap(
      snapshot.changeMarks ?? [],
      deltas.flatMap((d) => (d.changeMarks ? [d.changeMarks] : [])),
    ),
    correlations,
    strings: audit.strings,
    audit: audit.records,
  };
}
