import type { Entry } from './state';
import type {
  AssignmentStateView,
  CapabilityStatus,
  LicenseRequest,
  UserLicenseChange,
  WhatIfResult,
} from './types';
import type { SkuRecord } from './variants';
import { entryView, LazyUserChange } from './views';

/** What one change means for one user, net of every other assignment path. */
export interface UserImpact {
  readonly userId: string;
  /** SKUs the user gets a seat of / loses the seat of. */
  readonly gainedSkus: readonly string[];
  readonly lostSkus: readonly string[];
  /** Plans that become Enabled / stop being Enabled (a plan still enabled by another source is in neither). */
  readonly gainedPlans: readonly string[];
  readonly lostPlans: readonly string[];
  /** Entries newly in error. */
  readonly newErrors: readonly AssignmentStateView[];
}

/** The impact of a proposed change: per user, plus seats and errors over all users. */
export interface ChangeImpact {
  readonly users: readonly UserImpact[];
  readonly seatDelta: Readonly<Record<string, number>>;
  readonly newErrorCount: number;
}

/** For one plan a group licence change turns off: members who lose it, members who keep it. */
export interface DisabledPlanEffect {
  readonly skuId: string;
  readonly servicePlanId: string;
  readonly lose: number;
  readonly keep: number;
}

/** For one plan a group licence change turns on: members who gain it, members who had it already. */
export interface EnabledPlanEffect {
  readonly skuId: string;
  readonly servicePlanId: string;
  readonly gain: number;
  readonly already: number;
}

/** The impact of a group licence change before it is saved (the plan-toggle preview). */
export interface GroupLicenseImpact extends ChangeImpact {
  /** One item per plan newly disabled in a SKU the group already assigned, in licence order. */
  readonly disabledPlanEffects: readonly DisabledPlanEffect[];
  /** One item per plan newly enabled in a SKU the group already assigned, in licence order. */
  readonly enabledPlanEffects: readonly EnabledPlanEffect[];
}

/** Membership moves and their licence impact, for a rule change before it is saved. */
export interface RuleImpact extends ChangeImpact {
  readonly joined: readonly string[];
  readonly left: readonly string[];
}

const enabled = (status: Readonly<Record<string, CapabilityStatus>>, id: string) =>
  status[id] === 'Enabled';

/**
 * Summarises one user's change: SKUs and plans gained and lost, new errors. A change made by the
 * engine is read from its stored entries (`entriesImpact`); any other from its snapshots.
 */
export function userImpact(change: UserLicenseChange): UserImpact {
  return change instanceof LazyUserChange ? entriesImpact(change) : snapshotImpact(change);
}

/** `userImpact` read from the two snapshots of a change (the definition `entriesImpact` keeps). */
export function snapshotImpact(change: UserLicenseChange): UserImpact {
  const { before, after } = change;
  const skusBefore = new Set(before.assignedLicenses.map((l) => l.skuId));
  const skusAfter = new Set(after.assignedLicenses.map((l) => l.skuId));
  const planIds = new Set([...Object.keys(before.planStatus), ...Object.keys(after.planStatus)]);
  const newErrors = after.licenseAssignmentStates.filter((s) => {
    if (s.error === 'None') return false;
    const was = before.licenseAssignmentStates.find(
      (b) => b.skuId === s.skuId && b.assignedByGroup === s.assignedByGroup,
    );
    return !was || was.error === 'None';
  });
  return {
    userId: change.userId,
    gainedSkus: [...skusAfter].filter((id) => !skusBefore.has(id)),
    lostSkus: [...skusBefore].filter((id) => !skusAfter.has(id)),
    gainedPlans: [...planIds].filter(
      (id) => !enabled(before.planStatus, id) && enabled(after.planStatus, id),
    ),
    lostPlans: [...planIds].filter(
      (id) => enabled(before.planStatus, id) && !enabled(after.planStatus, id),
    ),
    newErrors,
  };
}

/** Summarises a what-if result; users whose change has no visible effect are left out. */
export function changeImpact(result: WhatIfResult): ChangeImpact {
  const users = result.changes
    .map(userImpact)
    .filter(
      (u) =>
        u.gainedSkus.length +
          u.lostSkus.length +
          u.gainedPlans.length +
          u.lostPlans.length +
          u.newErrors.length >
        0,
    );
  return { users, seatDelta: result.seatDelta, newErrorCount: result.newErrors.length };
}

/**
 * Summarises the what-if of a group's `assignLicense` (its value: the group's licences before and
 * after): `changeImpact`, plus, for every plan newly disabled in a SKU the group kept, how many
 * members lose it and how many keep it through another assignment path, and for every plan newly
 * enabled, how many gain it and how many had it already.
 */
export function groupLicenseImpact(
  result: WhatIfResult & {
    readonly value: {
      readonly before: readonly LicenseRequest[];
      readonly after: readonly LicenseRequest[];
    };
  },
): GroupLicenseImpact {
  const disabledPlanEffects: DisabledPlanEffect[] = [];
  const enabledPlanEffects: EnabledPlanEffect[] = [];
  for (const license of result.value.after) {
    const before = result.value.before.find((l) => l.skuId === license.skuId);
    if (!before) continue;
    for (const planId of license.disabledPlans.filter((p) => !before.disabledPlans.includes(p))) {
      const { lose, keep } = planLoss(result, planId);
      disabledPlanEffects.push({
        skuId: license.skuId,
        servicePlanId: planId,
        lose: lose.length,
        keep: keep.length,
      });
    }
    for (const planId of before.disabledPlans.filter((p) => !license.disabledPlans.includes(p))) {
      const { gain, already } = planGain(result, planId);
      enabledPlanEffects.push({
        skuId: license.skuId,
        servicePlanId: planId,
        gain: gain.length,
        already: already.length,
      });
    }
  }
  return { ...changeImpact(result), disabledPlanEffects, enabledPlanEffects };
}

/**
 * For one plan turned off in a group: the members who lose it and those who keep it through
 * another assignment path ("312 users lose Microsoft Stream; 4 keep it through another group").
 */
export function planLoss(
  result: WhatIfResult,
  servicePlanId: string,
): { readonly lose: readonly string[]; readonly keep: readonly string[] } {
  const lose: string[] = [];
  const keep: string[] = [];
  for (const change of result.changes) {
    const lazy = change instanceof LazyUserChange;
    const before = lazy
      ? enables(change.beforeEntries, servicePlanId)
      : enabled(change.before.planStatus, servicePlanId);
    if (!before) continue;
    const after = lazy
      ? enables(change.afterEntries, servicePlanId)
      : enabled(change.after.planStatus, servicePlanId);
    (after ? keep : lose).push(change.userId);
  }
  return { lose, keep };
}

// ---- the same summaries read from entries -------------------------------------------------------
//
// A plan toggle on a 60,000-member group changes 60,000 users; building both snapshots of each
// (assignedLicenses, every licenseAssignmentState, assignedPlans) only to compare SKU and plan
// sets cost three times the what-if itself. The functions below read the same facts from the
// entries the change keeps: a plan is Enabled exactly when an applied entry enables it (lost plans
// are never Enabled), and a SKU is assigned exactly when an entry of it is applied. Lists come out
// in the snapshot path's order; `impact.test.ts` holds the two paths equal on random tenants.

const NONE: readonly never[] = Object.freeze([]);

/** Whether an applied entry enables the plan (the plan's status is Enabled). */
function enables(entries: readonly Entry[], planId: string): boolean {
  for (const entry of entries) if (entry.applied?.planSet.has(planId)) return true;
  return false;
}

/** Whether an applied entry before `index` enables the plan (it was listed already). */
function enabledEarlier(entries: readonly Entry[], index: number, planId: string): boolean {
  for (let i = 0; i < index; i++) if (entries[i]?.applied?.planSet.has(planId)) return true;
  return false;
}

/** Whether an entry of the SKU is applied (the SKU is in `assignedLicenses`). */
function assigns(entries: readonly Entry[], sku: SkuRecord): boolean {
  for (const entry of entries) if (entry.applied && entry.sku === sku) return true;
  return false;
}

/**
 * Plans `entries` enable and `other` does not (nor `lost`, when given), in first-seen order: the
 * order `assignedPlans` lists enabled plans.
 */
function plansMissing(
  entries: readonly Entry[],
  other: readonly Entry[],
  lost: ReadonlyMap<string, unknown> | null,
  into: string[] | null,
): string[] | null {
  let found = into;
  for (let i = 0; i < entries.length; i++) {
    const applied = entries[i]?.applied;
    if (!applied) continue;
    for (const id of applied.planIds) {
      if (enables(other, id) || lost?.has(id) || enabledEarlier(entries, i, id)) continue;
      (found ??= []).push(id);
    }
  }
  return found;
}

/** SKU ids `entries` assign and `other` does not, in subscription order. */
function skusMissing(entries: readonly Entry[], other: readonly Entry[]): readonly string[] {
  let found: SkuRecord[] | null = null;
  for (const entry of entries) {
    if (!entry.applied || assigns(other, entry.sku) || found?.includes(entry.sku)) continue;
    (found ??= []).push(entry.sku);
  }
  if (!found) return NONE;
  return found.sort((a, b) => a.ord - b.ord).map((sku) => sku.skuId);
}

/** Entries of `after` in error that were not in error (or not there) in `before`. */
function newEntryErrors(
  before: readonly Entry[],
  after: readonly Entry[],
): readonly AssignmentStateView[] {
  let found: AssignmentStateView[] | null = null;
  for (const entry of after) {
    if (entry.error === 'None') continue;
    const group = entry.group?.id ?? null;
    const was = before.find(
      (b) => b.sku.skuId === entry.sku.skuId && (b.group?.id ?? null) === group,
    );
    if (was && was.error !== 'None') continue;
    (found ??= []).push(entryView(entry));
  }
  return found ?? NONE;
}

/** `userImpact` of a change made by the engine, from its entries (same result, no snapshots). */
export function entriesImpact(change: LazyUserChange): UserImpact {
  const before = change.beforeEntries;
  const after = change.afterEntries;
  // Gained, in the order of the snapshots' plan lists: plans the user had lost first (they follow
  // the enabled ones in `assignedPlans`), then plans new to the user.
  const lost = change.beforeLost;
  let gained: string[] | null = null;
  if (lost) {
    for (const id of lost.keys())
      if (!enables(before, id) && enables(after, id)) (gained ??= []).push(id);
  }
  gained = plansMissing(after, before, lost, gained);
  return {
    userId: change.userId,
    gainedSkus: skusMissing(after, before),
    lostSkus: skusMissing(before, after),
    gainedPlans: gained ?? NONE,
    lostPlans: plansMissing(before, after, null, null) ?? NONE,
    newErrors: newEntryErrors(before, after),
  };
}

/**
 * For one plan turned on in a group: the members who gain it and those who already had it through
 * another assignment path ("871 users gain Yammer Enterprise; 40 already have it").
 */
export function planGain(
  result: WhatIfResult,
  servicePlanId: string,
): { readonly gain: readonly string[]; readonly already: readonly string[] } {
  const gain: string[] = [];
  const already: string[] = [];
  for (const change of result.changes) {
    const lazy = change instanceof LazyUserChange;
    const after = lazy
      ? enables(change.afterEntries, servicePlanId)
      : enabled(change.after.planStatus, servicePlanId);
    if (!after) continue;
    const before = lazy
      ? enables(change.beforeEntries, servicePlanId)
      : enabled(change.before.planStatus, servicePlanId);
    (before ? already : gain).push(change.userId);
  }
  return { gain, already };
}
