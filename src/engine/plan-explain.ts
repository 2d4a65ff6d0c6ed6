/**
 * The licensing rules about service plans, as pure functions over plan ids, for whoever must say
 * *why*: which plans clash (mutual exclusivity), which prerequisites are unmet, which plans were
 * added to a product after it was bought. They read the plan registry the engine validates with
 * (`plan-rules.ts`), so the portal explains an error code with the engine's own rule, not a copy.
 * Ids are compared as given: pass lower-case GUIDs (the catalog's and Graph's form).
 */
import { catalog } from './catalog/catalog';
import { PlanRegistry } from './plan-rules';

/** The catalog's plans: what a caller without a tenant (the portal) knows. */
const catalogPlans = new PlanRegistry(catalog);

/**
 * Pairs `[plan, other]` of *different* plans in one mutual-exclusivity group, `plan` from `plans`
 * (what a source would enable) and `other` from `others` (what the user has from other sources).
 * The same plan on both sides stacks and is no conflict (LICENSING.md rule 8).
 */
export function exclusiveConflicts(
  plans: Iterable<string>,
  others: Iterable<string>,
  registry: PlanRegistry = catalogPlans,
): [string, string][] {
  const theirs = [...others].flatMap((id) => {
    const group = registry.get(id)?.exclusiveGroup ?? -1;
    return group < 0 ? [] : [{ id, group }];
  });
  const conflicts: [string, string][] = [];
  for (const id of new Set(plans)) {
    const group = registry.get(id)?.exclusiveGroup ?? -1;
    if (group < 0) continue;
    for (const other of theirs)
      if (other.group === group && other.id !== id) conflicts.push([id, other.id]);
  }
  return conflicts;
}

/**
 * Plans of `plans` with a Microsoft-documented prerequisite that no alternative meets, counting
 * `plans` and `others` together; each with the first alternative, as the engine's
 * `DependencyViolation` message names it.
 */
export function unmetPrerequisites(
  plans: Iterable<string>,
  others: Iterable<string>,
  registry: PlanRegistry = catalogPlans,
): { readonly planId: string; readonly requires: readonly string[] }[] {
  const mine = [...new Set(plans)];
  const have = new Set([...mine, ...others]);
  return mine.flatMap((planId) => {
    const alternatives = registry.get(planId)?.requiresAnyOf ?? [];
    if (alternatives.length === 0 || alternatives.some((alt) => alt.every((id) => have.has(id))))
      return [];
    return [{ planId, requires: alternatives[0] ?? [] }];
  });
}

/** Plans a product has now that it did not have when it was bought: `current` minus `purchased`. */
export function plansAddedAfterPurchase(
  purchased: readonly string[],
  current: readonly string[],
): string[] {
  const bought = new Set(purchased);
  return current.filter((id) => !bought.has(id));
}

/**
 * Of a product's plans, those a licence with these `disabledPlans` turns on: `disabledPlans` is a
 * deny-list, so every plan it does not name is on, bought with the product or added later
 * (LICENSING.md rule 10).
 */
export function plansEnabled(plans: readonly string[], disabledPlans: readonly string[]): string[] {
  const denied = new Set(disabledPlans);
  return plans.filter((id) => !denied.has(id));
}

/**
 * Of the plans added to a product, those a licence with these `disabledPlans` turns on: a new
 * plan is on unless denied (`plansEnabled`, LICENSING.md rule 10).
 */
export function newPlansEnabled(
  added: readonly string[],
  disabledPlans: readonly string[],
): string[] {
  return plansEnabled(added, disabledPlans);
}
