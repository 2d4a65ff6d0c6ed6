import type { Catalog } from './catalog/catalog';
import { LicensingError, messages } from './errors';
import type { JobQueue } from './processing';
import { mapSet, write, type GroupRecord, type TenantState } from './state';
import type { PrepaidUnits, SubscriptionView } from './types';
import { addPlanToSku, createSkuRecord, type SkuRecord } from './variants';

/** Finds a subscription by SKU id (any case) or throws NotFound. */
export function skuRecord(state: TenantState, skuId: string): SkuRecord {
  const sku = state.skuById.get(skuId.toLowerCase());
  if (!sku) throw new LicensingError('NotFound', messages.invalidCompanyLicense(skuId));
  return sku;
}

/** Seats must be whole numbers of zero or more. */
function checkUnits(prepaid: PrepaidUnits): PrepaidUnits {
  const values = [prepaid.enabled, prepaid.warning, prepaid.suspended, prepaid.lockedOut];
  if (values.some((n) => !Number.isInteger(n) || n < 0))
    throw new LicensingError('Invalid', 'Prepaid units must be whole numbers of zero or more.');
  return {
    enabled: prepaid.enabled,
    warning: prepaid.warning,
    suspended: prepaid.suspended,
    lockedOut: prepaid.lockedOut,
  };
}

/** Adds a subscription for a catalog product; one subscription per product. */
export function addSubscription(
  state: TenantState,
  catalog: Catalog,
  skuId: string,
  prepaid: PrepaidUnits,
): SkuRecord {
  const product = catalog.product(skuId.toLowerCase());
  if (!product) throw new LicensingError('NotFound', `Product ${skuId} is not in the catalog.`);
  if (state.skuById.has(product.skuId))
    throw new LicensingError(
      'Invalid',
      `The tenant already has a subscription for ${product.skuPartNumber}.`,
    );
  for (const id of product.servicePlanIds) state.plans.get(id);
  const sku = createSkuRecord(
    state.skus.length,
    product.skuId,
    product.skuPartNumber,
    product.servicePlanIds,
    checkUnits(prepaid),
  );
  state.skus.push(sku);
  state.journal?.record(() => state.skus.pop());
  mapSet(state, state.skuById, sku.skuId, sku);
  write(state, state, 'skuPlans', new Map([...state.skuPlans, [sku, sku.planIds]]));
  return sku;
}

/** Changes a subscription's units. Lowering them never evicts anyone (invariant 1). */
export function updateSubscription(
  state: TenantState,
  skuId: string,
  prepaid: PrepaidUnits,
): SkuRecord {
  const sku = skuRecord(state, skuId);
  write(state, sku, 'prepaid', checkUnits(prepaid));
  return sku;
}

/**
 * Adds a new service plan to a product, as when Microsoft extends it: enabled in every group and
 * direct assignment of the product (disabled plans are a deny-list), and their users queued.
 * Returns the groups that assign the product.
 */
export function addServicePlan(
  state: TenantState,
  queue: JobQueue,
  skuId: string,
  plan: { servicePlanId: string; servicePlanName: string; friendlyName?: string; service?: string },
): GroupRecord[] {
  const sku = skuRecord(state, skuId);
  const id = plan.servicePlanId.toLowerCase();
  if (sku.planSet.has(id))
    throw new LicensingError(
      'Invalid',
      `Service plan ${id} is already part of ${sku.skuPartNumber}.`,
    );
  if (!state.plans.get(id))
    state.plans.register(
      id,
      plan.servicePlanName,
      plan.friendlyName ?? plan.servicePlanName,
      plan.service ?? plan.servicePlanName,
    );
  const { planIds, planSet, planAddedAt, version, variants } = sku;
  state.journal?.record(() =>
    Object.assign(sku, { planIds, planSet, planAddedAt, version, variants }),
  );
  state.versions += 1;
  addPlanToSku(sku, id, state.clock(), state.versions);
  write(state, state, 'skuPlans', new Map([...state.skuPlans, [sku, sku.planIds]]));
  const groups = state.groups.filter(
    (g) => g.alive && g.licenses.some((l) => l.skuId === sku.skuId),
  );
  const users = state.users.filter((u) => u.alive && u.entries.some((e) => e.sku === sku));
  queue.enqueue('newServicePlan', groups, [...users, ...groups.flatMap((g) => [...g.members])]);
  return groups;
}

/** The subscription as the tenant sees it. */
export function subscriptionView(state: TenantState, sku: SkuRecord): SubscriptionView {
  return {
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    prepaidUnits: sku.prepaid,
    consumedUnits: sku.consumed,
    servicePlans: sku.planIds.map((id) => ({
      servicePlanId: id,
      servicePlanName: state.plans.get(id)?.servicePlanName ?? id,
      addedAt: sku.planAddedAt.get(id) ?? null,
    })),
  };
}
