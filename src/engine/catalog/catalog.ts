/**
 * The product catalog the licensing engine uses: Microsoft's products (SKUs), their service plans,
 * the mutual-exclusivity groups, plan dependencies and the project's usage-location rule.
 *
 * Pure module: no I/O, no clock, no randomness. All data comes from `catalog.generated.json`, which
 * `scripts/generate-catalog.ts` (`npm run catalog`) builds from the vendored sources in
 * `scripts/catalog-source/`. App code must import the catalog from here, never the CSV.
 */
import raw from './catalog.generated.json';
import type { CatalogFile } from './catalog-file.ts';

/**
 * One service plan. Invariant: `servicePlanId` is a lower-case GUID and unique in `catalog.plans`;
 * `servicePlanName` and `friendlyName` are whitespace-normalized and never empty.
 */
export interface ServicePlanInfo {
  readonly servicePlanId: string;
  /** Microsoft's plan name (CSV `Service_Plan_Name`), e.g. `EXCHANGE_S_ENTERPRISE`. */
  readonly servicePlanName: string;
  /** Human name (CSV `Service_Plans_Included_Friendly_Names`), e.g. `Exchange Online (Plan 2)`. */
  readonly friendlyName: string;
  /** Workload label approximating Graph's `assignedPlan.service`, e.g. `exchange`; plan name if unknown. */
  readonly service: string;
  /** Always `User` in the current data; `Company` is kept for Graph parity. */
  readonly appliesTo: 'User' | 'Company';
}

/**
 * One product (SKU). Invariant: `skuId` is a lower-case GUID, unique in `catalog.products`; every id in
 * `servicePlanIds` resolves with `catalog.plan`, appears once, and the order is the CSV file order.
 * `skuPartNumber` is not unique (MCOPSTN5 has two GUIDs).
 */
export interface ProductInfo {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly displayName: string;
  readonly servicePlanIds: readonly string[];
}

/**
 * Plans that must not be enabled together on one user (MutuallyExclusiveViolation). Invariant: two
 * *different* ids of one group conflict; the same id arriving twice never does. Ids are sorted and
 * may include plans no product in the catalog contains (kept as Microsoft lists them).
 */
export interface ExclusiveGroup {
  /** Microsoft's group heading, e.g. `SharePoint Online`. */
  readonly service: string;
  readonly servicePlanIds: readonly string[];
}

/**
 * `servicePlanId` may only be enabled when every plan of at least one `requiresAnyOf` alternative is
 * enabled too (DependencyViolation). Invariant: `requiresAnyOf` is non-empty and no alternative is
 * empty. Only `source: 'microsoft'` entries block; `community` entries are advisory warnings.
 */
export interface PlanDependency {
  readonly servicePlanId: string;
  readonly requiresAnyOf: readonly (readonly string[])[];
  readonly source: 'microsoft' | 'community';
  /** Error text as Microsoft shows it, when the source quotes one. */
  readonly message?: string;
}

/** Read-only catalog with O(1) lookups. Every object it returns is frozen. */
export interface Catalog {
  /** All products, sorted by `skuPartNumber` (code-unit order), ties in CSV file order. */
  readonly products: readonly ProductInfo[];
  /** All service plans, sorted by `servicePlanId`. */
  readonly plans: readonly ServicePlanInfo[];
  /** Product by SKU GUID (case-insensitive), or `undefined`. */
  product(skuId: string): ProductInfo | undefined;
  /** First product in CSV file order with this exact `skuPartNumber`, or `undefined`. */
  productByPartNumber(skuPartNumber: string): ProductInfo | undefined;
  /** Service plan by GUID (case-insensitive), or `undefined`. */
  plan(servicePlanId: string): ServicePlanInfo | undefined;
  /** Mutual-exclusivity groups (Microsoft-documented, current list), sorted by `service`. */
  readonly exclusiveGroups: readonly ExclusiveGroup[];
  /** Dependencies, `microsoft` first, then `community`; each group sorted by `servicePlanId`. */
  readonly dependencies: readonly PlanDependency[];
  /**
   * Whether a plan may be assigned to a user whose usage location is `usageLocation` (ISO 3166
   * alpha-2, case-insensitive). See {@link isPlanAvailableIn} for the rule.
   */
  isPlanAvailableIn(servicePlanId: string, usageLocation: string): boolean;
}

const file = raw as CatalogFile;
const freezeAll = <T>(items: T[]): readonly T[] =>
  Object.freeze(items.map((x) => Object.freeze(x)));
const norm = (id: string): string => id.trim().toLowerCase();
/** JSON imports are typed by assertion only; enum-like fields are checked once at load. */
function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`catalog: bad ${what} ${JSON.stringify(value)}`);
  return value as T;
}

const plans: readonly ServicePlanInfo[] = freezeAll(
  file.plans.map((p) => ({
    servicePlanId: p.id,
    servicePlanName: p.name,
    friendlyName: p.friendlyName,
    service: p.service,
    appliesTo: oneOf(p.appliesTo, ['User', 'Company'], 'appliesTo'),
  })),
);
const planById = new Map(plans.map((p) => [p.servicePlanId, p]));
const planByRef = new Map(
  plans.map((p) => [p.servicePlanId.slice(0, file.planRefLength), p.servicePlanId]),
);

const products: readonly ProductInfo[] = freezeAll(
  file.products.map((p) => ({
    skuId: p.skuId,
    skuPartNumber: p.skuPartNumber,
    displayName: p.displayName,
    servicePlanIds: Object.freeze(
      p.plans.map((ref) => {
        const id = planByRef.get(ref);
        if (id === undefined)
          throw new Error(`catalog: product ${p.skuId} references unknown plan ${ref}`);
        return id;
      }),
    ),
  })),
);
const productById = new Map(products.map((p) => [p.skuId, p]));
// Products are sorted by part number with ties in file order, so the first one seen is the first in the file.
const productByPartNumber = new Map<string, ProductInfo>();
for (const p of products)
  if (!productByPartNumber.has(p.skuPartNumber)) productByPartNumber.set(p.skuPartNumber, p);

const exclusiveGroups: readonly ExclusiveGroup[] = freezeAll(
  file.exclusiveGroups.map((g) => ({
    service: g.service,
    servicePlanIds: Object.freeze([...g.planIds]),
  })),
);

const dependencies: readonly PlanDependency[] = freezeAll(
  file.dependencies.map((d) => {
    const requiresAnyOf = Object.freeze(d.requiresAnyOf.map((alt) => Object.freeze([...alt])));
    const source = oneOf(d.source, ['microsoft', 'community'], 'dependency source');
    return {
      servicePlanId: d.planId,
      requiresAnyOf,
      source,
      ...(d.message === undefined ? {} : { message: d.message }),
    };
  }),
);

/**
 * ISO alpha-2 codes where no plan is available: CU, IR, KP, SY (Microsoft online services are not
 * offered there). Project decision, recorded in the generated file's `notes`.
 */
export const EMBARGOED_LOCATIONS: ReadonlySet<string> = Object.freeze(
  new Set(file.availability.embargoed),
);

const restrictedTo = new Map<string, ReadonlySet<string>>();
for (const rule of file.availability.restricted) {
  const allowed: ReadonlySet<string> = new Set(rule.onlyIn);
  for (const id of rule.planIds) restrictedTo.set(id, allowed);
}

/**
 * Usage-location rule (project decision, not Microsoft data): a plan is available in every valid
 * ISO 3166 alpha-2 location except the embargoed ones (CU, IR, KP, SY); Calling Plan service plans
 * (plan name starting `MCOPSTN`) are available only in the fixed list of countries where Microsoft
 * sells Calling Plans (US, CA, GB, IE, FR, DE, ES, IT, NL, BE, AT, CH, DK, FI, NO, SE, PT, PL, CZ, HU,
 * RO, SK, SI, HR, BG, EE, LV, LT, LU, AU, NZ, JP, SG, HK, PR). Invariants: case-insensitive; a value
 * that is not two ASCII letters is never a valid location (returns `false`); an id unknown to the
 * catalog follows the general rule.
 */
export function isPlanAvailableIn(servicePlanId: string, usageLocation: string): boolean {
  const location = usageLocation.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(location) || EMBARGOED_LOCATIONS.has(location)) return false;
  const allowed = restrictedTo.get(norm(servicePlanId));
  return allowed === undefined || allowed.has(location);
}

/**
 * The catalog singleton. Invariant: built once at module load from the generated JSON, deeply frozen,
 * identical on every run (no clock, randomness or I/O involved).
 */
export const catalog: Catalog = Object.freeze({
  products,
  plans,
  product: (skuId: string) => productById.get(norm(skuId)),
  productByPartNumber: (skuPartNumber: string) => productByPartNumber.get(skuPartNumber),
  plan: (servicePlanId: string) => planById.get(norm(servicePlanId)),
  exclusiveGroups,
  dependencies,
  isPlanAvailableIn,
});

/**
 * Display text for a service plan: its friendly name, or the id itself when the catalog does not
 * know it (never throws, never returns an empty string for a non-empty id).
 */
export function describePlan(servicePlanId: string): string {
  return planById.get(norm(servicePlanId))?.friendlyName ?? servicePlanId;
}
