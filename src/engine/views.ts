import type { Entry, LostPlan, TenantState, UserRecord } from './state';
import type {
  AssignedPlanState,
  AssignmentStateName,
  AssignmentStateView,
  CapabilityStatus,
  LicenseRequest,
  UserLicenseChange,
  UserLicenseSnapshot,
  UserLicenseView,
} from './types';
import type { SkuRecord } from './variants';

/** A user's licence state at one moment, as stored (cheap to keep; turned into views on demand). */
export interface RawLicense {
  readonly entries: readonly Entry[];
  readonly lost: ReadonlyMap<string, LostPlan> | null;
  readonly since: ReadonlyMap<string, number> | null;
  readonly usageLocation: string | null;
  /** Clock time the state belongs to (decides Suspended against Deleted). */
  readonly at: number;
  /** Every SKU's plan list at that moment (SKUs gain plans; this map is replaced, never mutated). */
  readonly skuPlans: ReadonlyMap<SkuRecord, readonly string[]>;
}

/** The stored state of a user right now. */
export function rawOf(user: UserRecord, at: number): RawLicense {
  return {
    entries: user.entries,
    lost: user.lost,
    since: user.since,
    usageLocation: user.profile.usageLocation,
    at,
    skuPlans: user.skuPlans,
  };
}

/** Graph's state name for an entry: applied or not, with or without error. */
export function stateName(entry: Entry): AssignmentStateName {
  if (entry.applied) return entry.error === 'None' ? 'Active' : 'ActiveWithError';
  return 'Error';
}

/** The `licenseAssignmentState` of an entry. */
export function entryView(entry: Entry): AssignmentStateView {
  return {
    skuId: entry.sku.skuId,
    assignedByGroup: entry.group?.id ?? null,
    disabledPlans: entry.intent.disabled,
    state: stateName(entry),
    error: entry.error,
    errorPlans: entry.errorPlans,
    lastUpdatedDateTime: entry.updatedAt,
  };
}

/**
 * One `assignedLicenses` item per SKU with an applied entry, in subscription order. `disabledPlans`
 * lists every plan of the SKU (as the entries know it) that no applied entry enables.
 */
export function assignedLicenses(
  entries: readonly Entry[],
  skuPlans: ReadonlyMap<SkuRecord, readonly string[]>,
): LicenseRequest[] {
  const enabledBySku = new Map<SkuRecord, Set<string>>();
  for (const entry of entries) {
    const applied = entry.applied;
    if (!applied) continue;
    const enabled = enabledBySku.get(entry.sku) ?? new Set<string>();
    for (const id of applied.planIds) enabled.add(id);
    enabledBySku.set(entry.sku, enabled);
  }
  return [...enabledBySku]
    .sort(([a], [b]) => a.ord - b.ord)
    .map(([sku, enabled]) => ({
      skuId: sku.skuId,
      disabledPlans: (skuPlans.get(sku) ?? sku.planIds).filter((id) => !enabled.has(id)),
    }));
}

/** Status of a lost plan at `at`: Suspended inside the grace period, Deleted after it. */
export function lostStatus(state: TenantState, lost: LostPlan, at: number): CapabilityStatus {
  return at - lost.suspendedAt >= state.gracePeriodMs ? 'Deleted' : 'Suspended';
}

/** Graph's `assignedPlans`: enabled plans (earliest applying entry's date), then lost ones. */
export function assignedPlans(state: TenantState, raw: RawLicense): AssignedPlanState[] {
  const enabled = new Map<string, number>();
  for (const entry of raw.entries) {
    if (!entry.applied) continue;
    for (const id of entry.applied.planIds) {
      const since = enabled.get(id);
      if (since === undefined || entry.appliedAt < since) enabled.set(id, entry.appliedAt);
    }
  }
  const result: AssignedPlanState[] = [];
  for (const [id, derived] of enabled) {
    const since = raw.since?.get(id) ?? derived;
    result.push({
      servicePlanId: id,
      service: state.plans.get(id)?.service ?? '',
      capabilityStatus: 'Enabled',
      assignedDateTime: since,
      suspendedDateTime: null,
    });
  }
  for (const [id, lost] of raw.lost ?? []) {
    if (enabled.has(id)) continue;
    result.push({
      servicePlanId: id,
      service: lost.service,
      capabilityStatus: lostStatus(state, lost, raw.at),
      assignedDateTime: lost.assignedAt,
      suspendedDateTime: lost.suspendedAt,
    });
  }
  return result;
}

/** The full licence view of a stored state. */
export function licenseView(state: TenantState, raw: RawLicense): UserLicenseView {
  return {
    assignedLicenses: assignedLicenses(raw.entries, raw.skuPlans),
    licenseAssignmentStates: raw.entries.map(entryView),
    assignedPlans: assignedPlans(state, raw),
  };
}

/** The comparable snapshot of a stored state. */
export function snapshot(state: TenantState, raw: RawLicense): UserLicenseSnapshot {
  const planStatus: Record<string, CapabilityStatus> = {};
  for (const plan of assignedPlans(state, raw))
    planStatus[plan.servicePlanId] = plan.capabilityStatus;
  return {
    assignedLicenses: assignedLicenses(raw.entries, raw.skuPlans),
    licenseAssignmentStates: raw.entries.map(entryView),
    planStatus,
    usageLocation: raw.usageLocation,
  };
}

/**
 * A change whose snapshots are built only when read: processing 100,000 users must not pay for
 * 200,000 snapshots nobody looks at. The stored states are kept as flat fields, not as two
 * `RawLicense` objects: a full resolve makes one of these per user, and every object counts.
 *
 * Made in two steps around the writes of a change: `LazyUserChange.begin` before them (the user's
 * record still holds the old state), `end` after them (it holds the new one).
 */
export class LazyUserChange implements UserLicenseChange {
  readonly userId: string;
  /** The user's ordinal (`UserRecord.ord`): a dense index for callers inside the engine. */
  readonly userOrd: number;
  readonly #state: TenantState;
  readonly #at: number;
  readonly #beforeEntries: readonly Entry[];
  readonly #beforeLost: ReadonlyMap<string, LostPlan> | null;
  readonly #beforeSince: ReadonlyMap<string, number> | null;
  readonly #beforeLocation: string | null;
  readonly #beforeSkuPlans: ReadonlyMap<SkuRecord, readonly string[]>;
  #afterEntries: readonly Entry[];
  #afterLost: ReadonlyMap<string, LostPlan> | null;
  #afterSince: ReadonlyMap<string, number> | null;
  #afterLocation: string | null;
  #afterSkuPlans: ReadonlyMap<SkuRecord, readonly string[]>;
  #beforeSnapshot: UserLicenseSnapshot | undefined;
  #afterSnapshot: UserLicenseSnapshot | undefined;

  private constructor(state: TenantState, userId: string, userOrd: number, before: RawLicense) {
    this.#state = state;
    this.userId = userId;
    this.userOrd = userOrd;
    this.#at = before.at;
    this.#beforeEntries = before.entries;
    this.#beforeLost = before.lost;
    this.#beforeSince = before.since;
    this.#beforeLocation = before.usageLocation;
    this.#beforeSkuPlans = before.skuPlans;
    this.#afterEntries = before.entries;
    this.#afterLost = before.lost;
    this.#afterSince = before.since;
    this.#afterLocation = before.usageLocation;
    this.#afterSkuPlans = before.skuPlans;
  }

  /**
   * Starts a change of `user` at `at`, before its licence fields are written. `usageLocation` is
   * the location before the change (a group assignment may already have filled it in).
   */
  static begin(
    state: TenantState,
    user: UserRecord,
    at: number,
    usageLocation: string | null = user.profile.usageLocation,
  ): LazyUserChange {
    return new LazyUserChange(state, user.profile.id, user.ord, {
      entries: user.entries,
      lost: user.lost,
      since: user.since,
      usageLocation,
      at,
      skuPlans: user.skuPlans,
    });
  }

  /** One change of the same user: from the first's before to the second's after. */
  static between(
    state: TenantState,
    first: LazyUserChange,
    second: LazyUserChange,
  ): LazyUserChange {
    const after = second.raw.after;
    const change = new LazyUserChange(state, first.userId, first.userOrd, first.raw.before);
    change.#afterEntries = after.entries;
    change.#afterLost = after.lost;
    change.#afterSince = after.since;
    change.#afterLocation = after.usageLocation;
    change.#afterSkuPlans = after.skuPlans;
    return change;
  }

  /** Completes the change once the user's licence fields hold the new state. */
  end(user: UserRecord): this {
    this.#afterEntries = user.entries;
    this.#afterLost = user.lost;
    this.#afterSince = user.since;
    this.#afterLocation = user.profile.usageLocation;
    this.#afterSkuPlans = user.skuPlans;
    return this;
  }

  get before(): UserLicenseSnapshot {
    this.#beforeSnapshot ??= snapshot(this.#state, this.raw.before);
    return this.#beforeSnapshot;
  }

  get after(): UserLicenseSnapshot {
    this.#afterSnapshot ??= snapshot(this.#state, this.raw.after);
    return this.#afterSnapshot;
  }

  /** The entries before and after, for callers inside the engine (no allocation). */
  get beforeEntries(): readonly Entry[] {
    return this.#beforeEntries;
  }

  get afterEntries(): readonly Entry[] {
    return this.#afterEntries;
  }

  /** The plans the user had lost before the change (Suspended or Deleted), or null. */
  get beforeLost(): ReadonlyMap<string, LostPlan> | null {
    return this.#beforeLost;
  }

  /** The stored states, for callers inside the engine. */
  get raw(): { readonly before: RawLicense; readonly after: RawLicense } {
    const at = this.#at;
    return {
      before: {
        entries: this.#beforeEntries,
        lost: this.#beforeLost,
        since: this.#beforeSince,
        usageLocation: this.#beforeLocation,
        at,
        skuPlans: this.#beforeSkuPlans,
      },
      after: {
        entries: this.#afterEntries,
        lost: this.#afterLost,
        since: this.#afterSince,
        usageLocation: this.#afterLocation,
        at,
        skuPlans: this.#afterSkuPlans,
      },
    };
  }
}

/** One change from the first's before to the second's after (a user changed twice in one command). */
export function mergeChanges(
  state: TenantState,
  first: LazyUserChange | null,
  second: LazyUserChange | null,
): LazyUserChange | null {
  if (!first) return second;
  if (!second) return first;
  return LazyUserChange.between(state, first, second);
}

/** Whether a SKU the user holds an entry of gained plans since the user was last reconciled. */
export function skuPlansMoved(state: TenantState, user: UserRecord): boolean {
  if (user.skuPlans === state.skuPlans) return false;
  return user.entries.some((e) => user.skuPlans.get(e.sku) !== state.skuPlans.get(e.sku));
}
