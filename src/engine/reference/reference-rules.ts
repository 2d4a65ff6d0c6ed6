/**
 * Plan rules for the reference resolver, read straight from the public catalog: which plans are
 * mutually exclusive, which Microsoft-documented prerequisites a plan has, which plans are mailboxes,
 * where a plan may be used. Deliberately naive: linear scans over small arrays, no precomputation
 * beyond what the catalog already offers, so it is obviously what README.md and LICENSING.md say.
 */
import { catalog, type Catalog } from '../catalog/catalog';

/** Plan ids of a set-like collection, as a fresh array (insertion order). */
export type PlanSet = ReadonlySet<string>;

/**
 * The rules a reference tenant applies. Invariant: answers depend only on the catalog and on
 * plans registered through {@link PlanRules.register} (names of plans added to products later).
 */
export class PlanRules {
  readonly #catalog: Catalog;
  readonly #extraNames = new Map<string, string>();

  constructor(source: Catalog = catalog) {
    this.#catalog = source;
  }

  /** Remembers the name of a plan the catalog does not know (a plan added to a product later). */
  register(servicePlanId: string, servicePlanName: string): void {
    if (!this.#catalog.plan(servicePlanId))
      this.#extraNames.set(servicePlanId.toLowerCase(), servicePlanName);
  }

  /** Microsoft's plan name (`EXCHANGE_S_ENTERPRISE`), or the id when unknown. */
  name(servicePlanId: string): string {
    return (
      this.#catalog.plan(servicePlanId)?.servicePlanName ??
      this.#extraNames.get(servicePlanId) ??
      servicePlanId
    );
  }

  /** Human name, or the Microsoft name when the catalog does not know the plan. */
  friendlyName(servicePlanId: string): string {
    return this.#catalog.plan(servicePlanId)?.friendlyName ?? this.name(servicePlanId);
  }

  /** Two *different* plans listed in one mutual-exclusivity group (LICENSING.md rule 8). */
  exclusive(a: string, b: string): boolean {
    if (a === b) return false;
    return this.#catalog.exclusiveGroups.some(
      (g) => g.servicePlanIds.includes(a) && g.servicePlanIds.includes(b),
    );
  }

  /** First pair (plan of `mine`, plan of `others`) that is mutually exclusive, or null. */
  firstConflict(mine: PlanSet, others: PlanSet): [string, string] | null {
    for (const a of mine) for (const b of others) if (this.exclusive(a, b)) return [a, b];
    return null;
  }

  /** Alternatives (each: all plans needed) of the Microsoft-documented prerequisites of a plan; [] when none. */
  prerequisites(servicePlanId: string): readonly (readonly string[])[] {
    const found = this.#catalog.dependencies.find(
      (d) => d.source === 'microsoft' && d.servicePlanId === servicePlanId,
    );
    return found ? found.requiresAnyOf : [];
  }

  /** Whether `plan`'s prerequisites (if any) are met by `available`. */
  prerequisitesMet(servicePlanId: string, available: PlanSet): boolean {
    const alternatives = this.prerequisites(servicePlanId);
    return (
      alternatives.length === 0 || alternatives.some((alt) => alt.every((p) => available.has(p)))
    );
  }

  /** First plan of `plans` whose prerequisites are missing from `available`, or null. */
  firstUnmetDependency(plans: PlanSet, available: PlanSet): string | null {
    for (const p of plans) if (!this.prerequisitesMet(p, available)) return p;
    return null;
  }

  /**
   * Whether a plan is an Exchange mailbox plan. README does not list them; interpretation: a plan
   * named `EXCHANGE_S_*` or `EXCHANGE_B_*`, except the non-mailbox `EXCHANGE_S_FOUNDATION` and the
   * archive add-ons.
   */
  isMailbox(servicePlanId: string): boolean {
    const n = this.name(servicePlanId);
    return (
      /^EXCHANGE_[SB]_/.test(n) &&
      n !== 'EXCHANGE_S_FOUNDATION' &&
      !n.startsWith('EXCHANGE_S_ARCHIVE')
    );
  }

  /** Whether any plan of the set is a mailbox plan. */
  hasMailbox(plans: PlanSet): boolean {
    for (const p of plans) if (this.isMailbox(p)) return true;
    return false;
  }

  /** First plan of `plans` not offered in `location`, or null. */
  firstProhibited(plans: PlanSet, location: string): string | null {
    for (const p of plans) if (!this.#catalog.isPlanAvailableIn(p, location)) return p;
    return null;
  }
}

/** Lower-cased proxy address without its `smtp:` prefix (README reconcile step 4.5). */
export function normalizeProxy(address: string): string {
  const a = address.trim().toLowerCase();
  return (a.startsWith('smtp:') ? a.slice(5) : a).trim();
}

/** Set union, as a new set. */
export function union(...sets: Iterable<string>[]): Set<string> {
  const out = new Set<string>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
}

/** Whether two string sets hold the same elements. */
export function sameSet(a: PlanSet, b: PlanSet): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
