import { catalog, type Catalog } from './catalog/catalog';

/** What the engine needs to know about one service plan. */
export interface PlanInfo {
  readonly servicePlanId: string;
  readonly servicePlanName: string;
  readonly friendlyName: string;
  readonly service: string;
  /** Index of the plan's mutual-exclusivity group, or -1. */
  readonly exclusiveGroup: number;
  /** Microsoft-documented prerequisites: any one alternative, every plan of it. Empty when none. */
  readonly requiresAnyOf: readonly (readonly string[])[];
  /** Whether enabling the plan provisions an Exchange mailbox (and so a proxy address). */
  readonly mailbox: boolean;
}

/**
 * Mailbox plans: Exchange plans that give the user a mailbox. Exchange Foundation (in almost every
 * product) and add-ons such as archiving do not.
 */
const mailboxPlan = /^EXCHANGE_(S|B|L)_(?!FOUNDATION|ARCHIVE_ADDON)/;

/**
 * The plan registry of one tenant: the catalog's plans plus plans added to products later.
 * Invariant: every plan id a SKU of the tenant lists is registered here.
 */
export class PlanRegistry {
  readonly #plans = new Map<string, PlanInfo>();
  readonly #exclusiveGroupOf = new Map<string, number>();
  readonly #prerequisites = new Map<string, (readonly string[])[]>();
  readonly #catalog: Catalog;

  constructor(source: Catalog = catalog) {
    this.#catalog = source;
    source.exclusiveGroups.forEach((group, index) => {
      for (const id of group.servicePlanIds) this.#exclusiveGroupOf.set(id, index);
    });
    for (const dependency of source.dependencies) {
      if (dependency.source !== 'microsoft') continue;
      const list = this.#prerequisites.get(dependency.servicePlanId) ?? [];
      list.push(...dependency.requiresAnyOf);
      this.#prerequisites.set(dependency.servicePlanId, list);
    }
  }

  /** The plan, registering it from the catalog on first use. Undefined for a plan nobody knows. */
  get(servicePlanId: string): PlanInfo | undefined {
    const known = this.#plans.get(servicePlanId);
    if (known) return known;
    const fromCatalog = this.#catalog.plan(servicePlanId);
    if (!fromCatalog) return undefined;
    return this.register(
      fromCatalog.servicePlanId,
      fromCatalog.servicePlanName,
      fromCatalog.friendlyName,
      fromCatalog.service,
    );
  }

  /** Registers a plan the catalog does not know (a new service added to a product). */
  register(
    servicePlanId: string,
    servicePlanName: string,
    friendlyName: string,
    service: string,
  ): PlanInfo {
    const info: PlanInfo = {
      servicePlanId,
      servicePlanName,
      friendlyName,
      service,
      exclusiveGroup: this.#exclusiveGroupOf.get(servicePlanId) ?? -1,
      requiresAnyOf: this.#prerequisites.get(servicePlanId) ?? [],
      mailbox: mailboxPlan.test(servicePlanName),
    };
    this.#plans.set(servicePlanId, info);
    return info;
  }

  /** Whether the plan comes from the catalog (as opposed to one added to a product later). */
  isCatalogPlan(servicePlanId: string): boolean {
    return this.#catalog.plan(servicePlanId) !== undefined;
  }

  /** Whether the plan is offered in the usage location (ISO 3166 alpha-2). */
  isAvailableIn(servicePlanId: string, usageLocation: string): boolean {
    return this.#catalog.isPlanAvailableIn(servicePlanId, usageLocation);
  }

  /** The display name an admin reads for a plan: friendly name, else the plan name, else the id. */
  describe(servicePlanId: string): string {
    const plan = this.get(servicePlanId);
    return plan ? plan.friendlyName || plan.servicePlanName : servicePlanId;
  }
}
