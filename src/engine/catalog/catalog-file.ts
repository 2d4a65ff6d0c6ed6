/**
 * Shape of `catalog.generated.json`, the file written by `scripts/generate-catalog.ts` and read by
 * `catalog.ts`. Type-only module: it is the single definition both sides compile against.
 *
 * Invariants the generator guarantees (and `scripts/generate-catalog.test.ts` re-checks by
 * regenerating): every id is a lower-case GUID; `plans` is sorted by `id`; `products` is sorted by
 * `skuPartNumber` (code-unit order) with ties kept in CSV file order; every entry of a product's
 * `plans` is the first `planRefLength` characters of exactly one id in `plans`.
 */
export interface CatalogFile {
  /** Where the file comes from and how to regenerate it. */
  readonly about: string;
  /** Project decisions and encodings, in prose (usage-location rule, service labels, plan refs). */
  readonly notes: readonly string[];
  /** Source files with their sha256 (the CSV's) and row counts. */
  readonly sources: Readonly<Record<string, unknown>>;
  /** Counts of the arrays below, for a quick look in diffs. */
  readonly counts: Readonly<Record<string, number>>;
  /** Length of the service-plan id prefix used as a reference in `products[].plans` (>= 8). */
  readonly planRefLength: number;
  /** Usage-location availability, see `notes`. */
  readonly availability: CatalogFileAvailability;
  readonly exclusiveGroups: readonly {
    readonly service: string;
    readonly planIds: readonly string[];
  }[];
  readonly dependencies: readonly CatalogFileDependency[];
  /** Plan names referenced by the rules that have no GUID in the catalog; the rule part was dropped. */
  readonly skipped: readonly {
    readonly planName: string;
    readonly where: string;
    readonly effect: string;
  }[];
  /** Irregularities found in the sources and how the generator resolved them. */
  readonly dataQuirks: readonly string[];
  readonly plans: readonly CatalogFilePlan[];
  readonly products: readonly CatalogFileProduct[];
}

/** One service plan row of the generated file. */
export interface CatalogFilePlan {
  readonly id: string;
  readonly name: string;
  readonly friendlyName: string;
  readonly service: string;
  readonly appliesTo: 'User' | 'Company';
}

/** One product (SKU) row of the generated file; `plans` holds id prefixes, see `planRefLength`. */
export interface CatalogFileProduct {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly displayName: string;
  readonly plans: readonly string[];
}

/** One dependency: `planId` needs all plans of at least one alternative. */
export interface CatalogFileDependency {
  readonly planId: string;
  readonly requiresAnyOf: readonly (readonly string[])[];
  readonly source: 'microsoft' | 'community';
  readonly message?: string;
}

/** Availability encoding: embargoed everywhere, plus per-plan allow-lists. */
export interface CatalogFileAvailability {
  /** ISO alpha-2 codes where no plan is available. */
  readonly embargoed: readonly string[];
  /** Plans only available in `onlyIn` (still subject to `embargoed`). */
  readonly restricted: readonly {
    readonly reason: string;
    readonly planIds: readonly string[];
    readonly onlyIn: readonly string[];
  }[];
}

/**
 * Shape of `product-names.generated.json`: the display name of every product, without the plans
 * and rules, so the portal's first screen can name products without loading the whole catalog.
 * Keyed by `skuPartNumber` (the first product in file order with it); `bySkuId` holds the products
 * whose part number another product with a different name shares.
 */
export interface ProductNamesFile {
  readonly about: string;
  readonly byPartNumber: Readonly<Record<string, string>>;
  readonly bySkuId: Readonly<Record<string, string>>;
}
