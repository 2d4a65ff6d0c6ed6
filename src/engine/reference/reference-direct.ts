/**
 * Direct `assignLicense` on a user for the reference resolver (README invariant 4): validate the
 * whole request against the state as it would be afterwards, throw the first `LicensingError`
 * found, otherwise apply it and reconcile the user synchronously.
 */
import { LicensingError, messages } from '../errors';
import type { LicenseRequest } from '../types';
import { sameSet, union } from './reference-rules';
import { proxyClash, reconcile } from './reference-reconcile';
import {
  enabledPlans,
  entryPlans,
  findEntry,
  freeUnits,
  isApplied,
  planSetOf,
  type RefState,
  type RefUser,
} from './reference-state';

const invalid = (message: string): LicensingError => new LicensingError('Invalid', message);

/** Request-shape checks: duplicates, unknown SKUs and plans, removals of what is not there. */
function validateShape(
  state: RefState,
  user: RefUser,
  add: readonly LicenseRequest[],
  remove: readonly string[],
): void {
  const seen = new Set<string>();
  for (const skuId of [...add.map((a) => a.skuId), ...remove]) {
    if (seen.has(skuId) && add.some((a) => a.skuId === skuId))
      throw invalid(messages.duplicateSku(skuId));
    seen.add(skuId);
  }
  for (const a of add) {
    const sku = state.skus.get(a.skuId);
    if (!sku) throw invalid(messages.invalidCompanyLicense(a.skuId));
    for (const p of a.disabledPlans)
      if (!sku.plans.includes(p)) throw invalid(messages.unknownPlan(p, a.skuId));
  }
  for (const skuId of remove) {
    if (!state.skus.has(skuId)) throw invalid(messages.invalidCompanyLicense(skuId));
    if (findEntry(user, null, skuId)) continue;
    if (user.entries.some((e) => e.skuId === skuId))
      throw invalid(messages.inheritedCannotBeRemoved);
    throw invalid(messages.notAssigned(skuId));
  }
}

/** Licensing-rule checks of each added SKU, in README step-4 order, then prerequisites of kept plans. */
function validateRules(
  state: RefState,
  user: RefUser,
  add: readonly LicenseRequest[],
  remove: readonly string[],
): void {
  const rules = state.rules;
  if (add.length > 0 && !user.profile.usageLocation) throw invalid(messages.invalidUsageLocation);
  const touched = new Set([...add.map((a) => a.skuId), ...remove]);
  const kept = user.entries.filter((e) => !(e.group === null && touched.has(e.skuId)));
  const keptPlans = union(...kept.map((e) => entryPlans(state, e) ?? []));
  const addPlans = add.map((a) => planSetOf(state, a.skuId, a.disabledPlans));
  const after = union(keptPlans, ...addPlans);
  const current = enabledPlans(state, user);
  // Interpretation: re-sending a licence exactly as the user's direct entry already has it is a no-op
  // and is not validated again; any other added licence is checked whole (all its plans).
  const unchanged = (a: LicenseRequest): boolean => {
    const e = findEntry(user, null, a.skuId);
    return e !== undefined && sameSet(new Set(e.disabled), new Set(a.disabledPlans));
  };
  add.forEach((a, i) => {
    if (unchanged(a)) return;
    const mine = addPlans[i] ?? new Set<string>();
    const holds = user.entries.some((e) => e.skuId === a.skuId && isApplied(e));
    if (!holds && freeUnits(state, a.skuId) <= 0)
      throw invalid(messages.noAvailableLicenses(a.skuId));
    const location = user.profile.usageLocation ?? '';
    const prohibited = rules.firstProhibited(mine, location);
    if (prohibited !== null) throw invalid(messages.prohibitedLocation(prohibited, location));
    const conflict = rules.firstConflict(
      mine,
      union(keptPlans, ...addPlans.filter((_, j) => j !== i)),
    );
    if (conflict !== null) throw invalid(messages.mutuallyExclusive(conflict));
    if (rules.hasMailbox(mine) && !rules.hasMailbox(current) && proxyClash(state, user))
      throw invalid(messages.proxyInUse);
  });
  // Interpretation (README gives no order for direct requests): prerequisites are checked last, on the
  // whole result, for plans the request newly enables and for plans whose prerequisites it takes away.
  // A violation that already existed (a plan added to a product later) does not block the request.
  for (const p of after) {
    if (
      !rules.prerequisitesMet(p, after) &&
      (!current.has(p) || rules.prerequisitesMet(p, current))
    ) {
      throw invalid(messages.dependsOn(p, rules.prerequisites(p)[0] ?? []));
    }
  }
}

/** `assignLicense` on a user: validates everything first, then applies and reconciles (retry none). */
export function assignDirect(
  state: RefState,
  user: RefUser,
  add: readonly LicenseRequest[],
  remove: readonly string[],
): void {
  validateShape(state, user, add, remove);
  validateRules(state, user, add, remove);
  user.entries = user.entries.filter((e) => !(e.group === null && remove.includes(e.skuId)));
  for (const a of add) {
    const plans = state.skus.get(a.skuId)?.plans ?? [];
    const existing = findEntry(user, null, a.skuId);
    if (existing) {
      existing.disabled = [...a.disabledPlans];
      existing.recordedPlans = [...plans];
    } else {
      user.entries.push({
        skuId: a.skuId,
        group: null,
        disabled: [...a.disabledPlans],
        recordedPlans: [...plans],
        applied: planSetOf(state, a.skuId, a.disabledPlans),
        error: 'None',
      });
    }
  }
  reconcile(state, user, 'none');
}
