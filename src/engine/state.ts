import type { PlanRegistry } from './plan-rules';
import type { AssignmentError, LicenseRequest, MembershipRule } from './types';
import type { UserProfile } from './user-profile';
import type { SkuRecord, Variant } from './variants';
import type { LazyUserChange as UserChangeRecord } from './views';

/**
 * One (user, SKU, source) entry. Immutable: a change replaces the object, so a user's entry list
 * before a change can be kept and compared cheaply.
 */
export interface Entry {
  readonly sku: SkuRecord;
  /** Null for a direct assignment. */
  readonly group: GroupRecord | null;
  readonly intent: Variant;
  /** The version in effect, or null when the entry is not applied. */
  readonly applied: Variant | null;
  readonly error: AssignmentError;
  readonly errorPlans: readonly string[];
  readonly updatedAt: number;
  /** Since when the entry has been applied without interruption (kept across version changes). */
  readonly appliedAt: number;
}

/** A plan the user lost: kept (Suspended, then Deleted after the grace period). */
export interface LostPlan {
  readonly service: string;
  readonly assignedAt: number;
  readonly suspendedAt: number;
}

/** A user. `groups` holds the groups the user is a direct member of, in group creation order. */
export interface UserRecord {
  readonly ord: number;
  profile: UserProfile;
  groups: readonly GroupRecord[];
  entries: readonly Entry[];
  /** Plan id to loss record; replaced, never mutated. Null when the user never lost a plan. */
  lost: ReadonlyMap<string, LostPlan> | null;
  /**
   * Enabled plans whose assignment date is not the `appliedAt` of the earliest entry enabling them
   * (a plan regained inside the grace period, or added to a product later). Sparse; null when empty.
   */
  since: ReadonlyMap<string, number> | null;
  /** The tenant's SKU plan lists when this user was last reconciled: what the user's view shows. */
  skuPlans: ReadonlyMap<SkuRecord, readonly string[]>;
  alive: boolean;
}

/** Dynamic membership settings of a group. */
export interface DynamicMembership {
  readonly rule: MembershipRule;
  readonly paused: boolean;
}

/** A group. `members` holds its direct user members; nested groups are kept apart and give nothing. */
export interface GroupRecord {
  readonly ord: number;
  readonly id: string;
  securityEnabled: boolean;
  dynamic: DynamicMembership | null;
  licenses: readonly LicenseRequest[];
  readonly members: Set<UserRecord>;
  readonly memberGroups: Set<string>;
  alive: boolean;
  /** Cache of `licenses` as interned variants; valid while `licenses` and the SKU versions match. */
  intents: GroupIntents | null;
}

/** A group's licences resolved to variants, with the SKU versions they were resolved at. */
export interface GroupIntents {
  readonly licenses: readonly LicenseRequest[];
  readonly versions: readonly number[];
  readonly items: readonly GroupIntent[];
}

/** One licence of a group as a variant. */
export interface GroupIntent {
  readonly sku: SkuRecord;
  readonly intent: Variant;
  /**
   * The last applied entry made for this intent. Entries are immutable, so users it applies to at
   * the same instant (and since the same time) share that one object (reconcile's `sharedEntry`).
   */
  fresh: Entry | null;
}

/** The shared empty list of error plans. */
export const NO_PLANS: readonly string[] = Object.freeze([]);

/** Marks an undo function in the journal's log (in the place of a field name). */
const UNDO = Symbol('undo');

/**
 * An undo log. Inside `whatIf` every write goes through `record` (or `assign`, for a field), and
 * `rollback` restores the tenant exactly; outside it the journal is absent and writes cost nothing
 * extra. The log is one flat array of (target, field, old value) triples, an undo function taking
 * the place of a target: a plan toggle on 60,000 members journals ~200,000 field writes, and a
 * closure for each was a third of the what-if's garbage.
 */
export class Journal {
  readonly #log: unknown[] = [];

  record(undo: () => void): void {
    this.#log.push(undo, UNDO, undefined);
  }

  /** Journals that `target[key]` held `old` before a write. */
  assign(target: object, key: PropertyKey, old: unknown): void {
    this.#log.push(target, key, old);
  }

  rollback(): void {
    const log = this.#log;
    for (let i = log.length - 3; i >= 0; i -= 3) {
      const target = log[i];
      const key = log[i + 1];
      if (key === UNDO) (target as () => void)();
      else (target as Record<PropertyKey, unknown>)[key as PropertyKey] = log[i + 2];
    }
    log.length = 0;
  }
}

/** Everything the engine holds about one tenant. */
export interface TenantState {
  readonly tenantCountry: string;
  readonly clock: () => number;
  readonly gracePeriodMs: number;
  readonly plans: PlanRegistry;
  readonly users: UserRecord[];
  readonly userById: Map<string, UserRecord>;
  readonly groups: GroupRecord[];
  readonly groupById: Map<string, GroupRecord>;
  readonly skus: SkuRecord[];
  readonly skuById: Map<string, SkuRecord>;
  /** Normalised proxy address to the number of users holding it. */
  readonly proxyCount: Map<string, number>;
  journal: Journal | null;
  /** Receives changes made synchronously (direct changes, user Reprocess); set by whatIf. */
  sink: ((change: UserChangeRecord) => void) | null;
  /** Every SKU's current plan list; replaced (journaled) whenever a SKU is added or gains a plan. */
  skuPlans: ReadonlyMap<SkuRecord, readonly string[]>;
  /**
   * Records written with `write` since each `ChangeTracker` last looked, one set per tracker
   * (absent without one), so a tracker compares only those instead of every user.
   */
  written?: Set<object>[];
  /** The trackers' sets by channel: a new tracker of a channel takes over its predecessor's. */
  writtenChannels?: Map<string, Set<object>>;
  /** Last SKU version handed out. Never journaled, so a version is never reused after a rollback. */
  versions: number;
}

/**
 * Sets `target[key] = value`, journaling the old value when a journal is open, and noting
 * `target` for whoever follows the engine's writes (`TenantState.written`) otherwise: a journal is
 * a what-if's, and every write of it is undone when it ends, so nothing changed for them (noted,
 * a preview of a toggle on a 60,000-member group made the next save compare 60,000 users).
 */
export function write<T extends object, K extends keyof T>(
  state: TenantState,
  target: T,
  key: K,
  value: T[K],
): void {
  if (state.journal) state.journal.assign(target, key, target[key]);
  else if (state.written) for (const set of state.written) set.add(target);
  target[key] = value;
}

/** Adds to a set, journaling the inverse. */
export function setAdd<T>(state: TenantState, set: Set<T>, value: T): void {
  if (set.has(value)) return;
  set.add(value);
  state.journal?.record(() => set.delete(value));
}

/** Deletes from a set, journaling the inverse. */
export function setDelete<T>(state: TenantState, set: Set<T>, value: T): void {
  if (!set.delete(value)) return;
  state.journal?.record(() => set.add(value));
}

/** Deletes from a small set, journaling an undo that restores the original order too. */
export function setDeleteOrdered<T>(state: TenantState, set: Set<T>, value: T): void {
  if (!set.has(value)) return;
  const before = [...set];
  set.delete(value);
  state.journal?.record(() => {
    set.clear();
    for (const item of before) set.add(item);
  });
}

/** Sets a map entry (or deletes it for `undefined`), journaling the inverse. */
export function mapSet<K, V>(
  state: TenantState,
  map: Map<K, V>,
  key: K,
  value: V | undefined,
): void {
  const journal = state.journal;
  if (journal) {
    const had = map.has(key);
    const old = map.get(key);
    journal.record(() => {
      if (had) map.set(key, old as V);
      else map.delete(key);
    });
  }
  if (value === undefined) map.delete(key);
  else map.set(key, value);
}

/** The proxy-address key: lower case, without the `smtp:` prefix. */
export function proxyKey(address: string): string {
  const lower = address.trim().toLowerCase();
  return lower.startsWith('smtp:') ? lower.slice(5).trim() : lower;
}

/** Whether one of the user's proxy addresses is also held by another user. */
export function hasProxyClash(state: TenantState, user: UserRecord): boolean {
  return user.profile.proxyAddresses.some(
    (address) => (state.proxyCount.get(proxyKey(address)) ?? 0) > 1,
  );
}

/** Counts (or uncounts, with `delta = -1`) a user's proxy addresses. */
export function countProxies(
  state: TenantState,
  addresses: readonly string[],
  delta: 1 | -1,
): void {
  // Most users have one address: no list and set of keys to build for them.
  const keys =
    addresses.length === 1 ? [proxyKey(addresses[0] as string)] : new Set(addresses.map(proxyKey));
  for (const key of keys) {
    const next = (state.proxyCount.get(key) ?? 0) + delta;
    mapSet(state, state.proxyCount, key, next > 0 ? next : undefined);
  }
}
