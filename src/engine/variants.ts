import type { PlanInfo, PlanRegistry } from './plan-rules';
import type { PrepaidUnits } from './types';

/**
 * A subscription held by the tenant. `planIds` grows when Microsoft adds a service to the product;
 * every such change bumps `version`, which retires every variant of the SKU so that all entries of
 * it become pending again.
 */
export interface SkuRecord {
  readonly ord: number;
  readonly skuId: string;
  readonly skuPartNumber: string;
  planIds: readonly string[];
  planSet: ReadonlySet<string>;
  planAddedAt: ReadonlyMap<string, number>;
  prepaid: PrepaidUnits;
  consumed: number;
  version: number;
  variants: Map<string, Variant>;
}

/** A plan of a variant that belongs to a mutual-exclusivity group. */
export interface ExclusivePlan {
  readonly planId: string;
  readonly group: number;
}

/** A plan of a variant with Microsoft-documented prerequisites. */
export interface PrerequisitePlan {
  readonly planId: string;
  readonly requiresAnyOf: readonly (readonly string[])[];
}

/**
 * A SKU minus a set of disabled plans, interned per SKU version: every entry with the same intent
 * shares one object, so "same intent" is `===` and the derived facts are computed once.
 */
export interface Variant {
  readonly sku: SkuRecord;
  readonly version: number;
  /** The SKU's plans at this version (a SKU can gain plans; a variant never changes). */
  readonly skuPlanIds: readonly string[];
  /** Sorted, only plans of the SKU. */
  readonly disabled: readonly string[];
  /** Enabled plan ids, in the SKU's plan order. */
  readonly planIds: readonly string[];
  readonly planSet: ReadonlySet<string>;
  readonly exclusive: readonly ExclusivePlan[];
  readonly prerequisites: readonly PrerequisitePlan[];
  /**
   * The prerequisites no alternative of which lies wholly inside this variant: the only ones other
   * entries can decide. A dependent the variant satisfies itself is met wherever the variant applies.
   */
  readonly openPrerequisites: readonly PrerequisitePlan[];
  readonly mailbox: boolean;
  /** Usage location to the first plan not offered there (null: all offered). Filled lazily. */
  readonly unavailableIn: Map<string, string | null>;
  /** Other variant to the plans of this one the other lacks. Filled lazily. */
  readonly minus: Map<Variant, readonly string[]>;
  /** Other variant to the first clash [mine, theirs] between their exclusive plans, or null. Filled lazily. */
  readonly clashes: Map<Variant, readonly [string, string] | null>;
}

/** Creates the record of a new subscription. */
export function createSkuRecord(
  ord: number,
  skuId: string,
  skuPartNumber: string,
  planIds: readonly string[],
  prepaid: PrepaidUnits,
): SkuRecord {
  return {
    ord,
    skuId,
    skuPartNumber,
    planIds,
    planSet: new Set(planIds),
    planAddedAt: new Map(),
    prepaid,
    consumed: 0,
    version: 0,
    variants: new Map(),
  };
}

/** Assignable units: enabled plus warning (units in their grace period can still be assigned). */
export function assignableUnits(sku: SkuRecord): number {
  return sku.prepaid.enabled + sku.prepaid.warning;
}

/**
 * The interned variant of `sku` with `disabledPlans` (ids not in the SKU are ignored, order and
 * duplicates do not matter).
 */
export function variantOf(
  sku: SkuRecord,
  disabledPlans: readonly string[],
  plans: PlanRegistry,
): Variant {
  if (disabledPlans.length === 0) {
    const all = sku.variants.get('');
    if (all) return all;
  }
  const disabled = [...new Set(disabledPlans.filter((id) => sku.planSet.has(id)))].sort();
  const key = disabled.join(',');
  const existing = sku.variants.get(key);
  if (existing) return existing;
  const disabledSet = new Set(disabled);
  const planIds = sku.planIds.filter((id) => !disabledSet.has(id));
  const infos = planIds
    .map((id) => plans.get(id))
    .filter((info): info is PlanInfo => info !== undefined);
  const planSet = new Set(planIds);
  const prerequisites = infos
    .filter((p) => p.requiresAnyOf.length > 0)
    .map((p) => ({ planId: p.servicePlanId, requiresAnyOf: p.requiresAnyOf }));
  const variant: Variant = {
    sku,
    version: sku.version,
    skuPlanIds: sku.planIds,
    disabled,
    planIds,
    planSet,
    exclusive: infos
      .filter((p) => p.exclusiveGroup >= 0)
      .map((p) => ({ planId: p.servicePlanId, group: p.exclusiveGroup })),
    prerequisites,
    openPrerequisites: prerequisites.filter(
      (p) => !p.requiresAnyOf.some((alt) => alt.every((id) => planSet.has(id))),
    ),
    mailbox: infos.some((p) => p.mailbox),
    unavailableIn: new Map(),
    minus: new Map(),
    clashes: new Map(),
  };
  sku.variants.set(key, variant);
  return variant;
}

/** The first plan of the variant not offered in `usageLocation`, or null. */
export function firstUnavailablePlan(
  variant: Variant,
  usageLocation: string,
  plans: PlanRegistry,
): string | null {
  const known = variant.unavailableIn.get(usageLocation);
  if (known !== undefined) return known;
  const location = usageLocation.toUpperCase();
  const cached = variant.unavailableIn.get(location);
  if (cached !== undefined) return cached;
  const found = variant.planIds.find((id) => !plans.isAvailableIn(id, location)) ?? null;
  variant.unavailableIn.set(location, found);
  return found;
}

/** Plans of `a` that `b` does not have (cached per pair). */
export function plansMissingFrom(a: Variant, b: Variant): readonly string[] {
  const cached = a.minus.get(b);
  if (cached) return cached;
  const result = a.planIds.filter((id) => !b.planSet.has(id));
  a.minus.set(b, result);
  return result;
}

/** Adds a plan to the SKU and retires its variants; `version` must never have been used before. */
export function addPlanToSku(
  sku: SkuRecord,
  servicePlanId: string,
  at: number,
  version: number,
): void {
  sku.planIds = [...sku.planIds, servicePlanId];
  sku.planSet = new Set(sku.planIds);
  sku.planAddedAt = new Map([...sku.planAddedAt, [servicePlanId, at]]);
  sku.version = version;
  sku.variants = new Map();
}

/**
 * The first pair of different plans of `a` and `b` in one mutual-exclusivity group, as
 * [plan of a, plan of b], or null. The same plan in both stacks and is no clash. Cached per pair.
 */
export function exclusiveClash(a: Variant, b: Variant): readonly [string, string] | null {
  const cached = a.clashes.get(b);
  if (cached !== undefined) return cached;
  let found: readonly [string, string] | null = null;
  search: for (const mine of a.exclusive) {
    for (const theirs of b.exclusive) {
      if (theirs.group === mine.group && theirs.planId !== mine.planId) {
        found = [mine.planId, theirs.planId];
        break search;
      }
    }
  }
  a.clashes.set(b, found);
  return found;
}
